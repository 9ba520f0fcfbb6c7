package care.rounds.intake;

import care.rounds.KaribuTest;
import care.rounds.intake.internal.ProofOfWork;
import care.rounds.intake.ui.ConsultationInboxView;
import care.rounds.routing.Routing;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo clinic lists no ZIP codes: its service area is the Atlanta map's region (the demo map's
 * OpenStreetMap data carries few postcodes; the demo patients' homes on it are in 30303 to 30317).
 */
class ServiceAreaIT extends KaribuTest {

    @Autowired
    ConsultationIntake intake;
    @Autowired
    ProofOfWork proofOfWork;
    @Autowired
    ConsultationRequestRepository requests;
    @Autowired
    ServiceArea serviceArea;
    @Autowired
    Routing routing;

    @Test
    void theMapsRegionIsTheServiceAreaWhenNoZipCodesAreListed() {
        signInAs("coordinator");
        assertThat(routing.mapZipCodes()).allMatch(zip -> zip.matches("[0-9]{5}"));
        assertThat(serviceArea.of("30312").orElseThrow().outside()).as("demo patients live in 30312").isFalse();
        assertThat(serviceArea.of("90210").orElseThrow().outside()).isTrue();
    }

    @Test
    void theCoordinatorSeesARequestFromOutsideTheServiceAreaBeforeCallingBack() {
        ConsultationRequest far = sent("Far Away Caller", "90210-1234", "198.51.100.231");
        ConsultationRequest near = sent("Nearby Caller", "30312", "198.51.100.232");
        signInAs("coordinator");
        UI.getCurrent().navigate(ConsultationInboxView.class);

        select(far);
        assertThat(_get(Span.class, spec -> spec.withId("request-zip")).getElement().getTextRecursively())
                .startsWith("90210-1234").contains("Outside our service area (not on our map of");
        assertThat(_get(Span.class, spec -> spec.withId("request-service-area")).getElement().getThemeList())
                .contains("badge", "error");

        select(near);
        assertThat(_get(Span.class, spec -> spec.withId("request-service-area")).getText()).isEqualTo("In our service area");
        assertThat(_find(Span.class, spec -> spec.withText("Outside our service area"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void select(ConsultationRequest request) {
        _get(Grid.class, spec -> spec.withId("requests-grid")).select(request);
    }

    private ConsultationRequest sent(String name, String zip, String address) {
        intake.submit(new ConsultationRequestForm(name, "(404) 555-0231", null, zip, null, null, true, "",
                ProvenRequests.proof(proofOfWork)), address);
        return requests.findAll().stream().filter(r -> r.getFullName().equals(name)).findFirst().orElseThrow();
    }
}
