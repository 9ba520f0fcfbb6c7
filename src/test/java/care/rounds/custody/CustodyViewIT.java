package care.rounds.custody;

import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.base.ui.NoAccessView;
import care.rounds.custody.ui.CustodyView;
import care.rounds.security.CurrentUser;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CustodyViewIT extends KaribuTest {

    @Autowired CustodyRecord record;
    @Autowired KitCustody custody;
    @Autowired CurrentUser currentUser;
    @Autowired ClinicTime time;

    private CustodyTestKit kit;

    @AfterEach
    void putBack() {
        if (kit != null) {
            kit.putVisitsBack();
        }
    }

    @Test
    void theManagerSeesTheDemoKitsAddsOneAndResolvesADiscrepancyWithAReason() {
        kit = new CustodyTestKit(context);
        KitDay unreturned = unreturnedYesterday();
        signInAs("manager");
        UI.getCurrent().navigate(CustodyView.class);

        Grid<?> kits = _get(Grid.class, spec -> spec.withId("custody-kits"));
        assertThat(GridKt._size(kits)).isGreaterThanOrEqualTo(6);
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(kits)).mapToObj(i -> GridKt._getFormattedRow(kits, i)))
                .anySatisfy(row -> assertThat(row).contains("K-101", "KET-2611-A"));
        String number = "KV-" + System.nanoTime() % 1_000_000L;
        _setValue(_get(TextField.class, spec -> spec.withId("kit-number")), number);
        _setValue(_get(TextField.class, spec -> spec.withId("kit-lot")), "LOT-KV");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("kit-mg")), new BigDecimal("100"));
        _click(_get(Button.class, spec -> spec.withId("add-kit")));
        assertThat(record.kits()).anyMatch(k -> k.kit().getNumber().equals(number));

        assertThat(_get(H3.class, spec -> spec.withId("open-discrepancies-title")).getText())
                .startsWith("Discrepancies to resolve");
        Grid<?> open = _get(Grid.class, spec -> spec.withId("open-discrepancies"));
        String lostKit = record.kitsById().get(unreturned.kitId()).getNumber();
        int row = java.util.stream.IntStream.range(0, GridKt._size(open))
                .filter(i -> GridKt._getFormattedRow(open, i).containsAll(List.of(lostKit, "Not returned")))
                .findFirst().orElseThrow();
        _click((Button) GridKt._getCellComponent(open, row, "resolve"));
        _setValue(_get(TextArea.class, spec -> spec.withId("resolve-reason")), "no");
        _click(_get(Button.class, spec -> spec.withId("resolve-save")));
        assertThat(record.withOpenDiscrepancies()).anyMatch(d -> d.signOutId() == unreturned.signOutId());
        _setValue(_get(TextArea.class, spec -> spec.withId("resolve-reason")), "Kit found in the car and counted");
        _click(_get(Button.class, spec -> spec.withId("resolve-save")));
        assertThat(record.withOpenDiscrepancies()).noneMatch(d -> d.signOutId() == unreturned.signOutId());

        String csv = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("custody-csv"))),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith(CustodyCsv.HEADER).contains("RESOLVED", "Kit found in the car and counted");
    }

    @Test
    void aClinicianCannotOpenTheManagersCustodyScreen() {
        signInAs("clinician");
        UI.getCurrent().navigate(CustodyView.class);
        LocatorJ._assertOne(NoAccessView.class);
    }

    @Test
    void theKitUseDialogRecordsGivenAndWastedOrSaysWhatIsWrong() {
        kit = new CustodyTestKit(context);
        signInAs("manager");
        Kit kit100 = record.addKit("KD-" + System.nanoTime() % 1_000_000L, "LOT-KD", new BigDecimal("100"));
        signInAs("clinician");
        KitDay out = custody.signOut(kit100.getId());
        long visit = kit.visitOnRoute(currentUser.require().clinicianId(), time.today());
        List<KitUse> recorded = new ArrayList<>();

        KitUseDialog dialog = new KitUseDialog(custody, visit, java.util.Optional.of(new BigDecimal("45")), recorded::add);
        dialog.open();
        @SuppressWarnings("unchecked")
        Select<KitDay> select = _get(Select.class, spec -> spec.withId("kit-use-kit"));
        _setValue(select, select.getListDataView().getItems().filter(d -> d.signOutId() == out.signOutId())
                .findFirst().orElseThrow());
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("kit-use-given")).getValue())
                .as("the ordered dose to start from").isEqualByComparingTo("45");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("kit-use-given")), new BigDecimal("-1"));
        _click(_get(Button.class, spec -> spec.withId("kit-use-record")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("kit-use-problem")).getText())
                .isEqualTo("The mg given cannot be negative: enter 0 or more.");
        assertThat(recorded).isEmpty();

        _setValue(_get(BigDecimalField.class, spec -> spec.withId("kit-use-given")), new BigDecimal("45"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("kit-use-wasted")), new BigDecimal("5"));
        _click(_get(Button.class, spec -> spec.withId("kit-use-record")));
        assertThat(recorded).singleElement().satisfies(use -> {
            assertThat(use.visitId()).isEqualTo(visit);
            assertThat(use.given()).isEqualByComparingTo("45");
            assertThat(use.needsWitness()).isTrue();
        });
        assertThat(dialog.isOpened()).isFalse();
        custody.returnKit(out.signOutId(), new BigDecimal("50"));
    }

    private KitDay unreturnedYesterday() {
        signInAs("manager");
        Kit lost = record.addKit("KY-" + System.nanoTime() % 1_000_000L, "LOT-KY", new BigDecimal("100"));
        signInAs("clinician");
        LocalDate yesterday = time.today().minusDays(1);
        KitCustody then = kit.on(yesterday);
        KitDay out = then.signOut(lost.getId());
        then.recordUse(kit.visitOnRoute(currentUser.require().clinicianId(), yesterday), out.signOutId(),
                new BigDecimal("50"), new BigDecimal("0"));
        return out;
    }
}
