package care.rounds.intake;

import care.rounds.KaribuTest;
import care.rounds.intake.ui.ConsultationRequestView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The public page, opened without signing in. */
class ConsultationRequestViewIT extends KaribuTest {

    @Autowired
    ConsultationRequestRepository requests;

    @Value("${rounds.clinic.name}")
    String clinicName;

    @BeforeEach
    void openWithoutLogin() {
        UI.getCurrent().navigate(ConsultationRequestView.class);
    }

    private void fillIn(String name, String phone) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), name);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Phone")), phone);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("I agree to be contacted by phone or email about my request.")), true);
    }

    private long stored(String name) {
        return requests.findAll().stream().filter(r -> r.getFullName().equals(name)).count();
    }

    @Test
    void aPersonSendsARequestAndIsThanked() {
        assertThat(_get(H1.class).getText()).isEqualTo(clinicName);
        fillIn("Page Visitor", "(470) 555-0160");
        _click(_get(Button.class, spec -> spec.withId("send-request")));
        assertThat(_get(H2.class, spec -> spec.withId("request-received")).getText()).isEqualTo("Thank you");
        assertThat(stored("Page Visitor")).isEqualTo(1);
    }

    @Test
    void aWrongPhoneIsExplainedNextToTheFieldAndNothingIsSent() {
        fillIn("Page Typo Visitor", "call me maybe");
        _click(_get(Button.class, spec -> spec.withId("send-request")));
        TextField phone = _get(TextField.class, spec -> spec.withLabel("Phone"));
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isEqualTo("Enter a phone number such as (404) 555-0123.");
        assertThat(stored("Page Typo Visitor")).isZero();
    }
}
