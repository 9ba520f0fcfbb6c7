package care.rounds.dispatch;

import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.dispatch.ui.MyDayView;
import care.rounds.security.CurrentUser;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitLogEntry;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import care.rounds.custody.KitCustody;
import care.rounds.custody.KitDay;
import care.rounds.custody.KitsInHand;
import java.math.BigDecimal;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import care.rounds.planning.RuleFlag;
import care.rounds.visits.VisitChange;
import care.rounds.visits.VisitChangeKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A clinician's day: only her own stops, and the status buttons record when. */
class MyDayViewIT extends KaribuTest {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient auditRecord;

    private long opened(String action, String username, long subjectId) {
        return auditRecord.sql("select count(*) from audit_entry where action = ? and username = ? and subject_id = ?")
                .param(action).param(username).param(subjectId).query(Long.class).single();
    }

    @Autowired
    VisitService visits;
    @Autowired
    KitCustody custody;
    @Autowired
    care.rounds.visits.VisitChanges changes;
    @Autowired
    care.rounds.planning.DayRuleCheck rules;
    @Autowired
    ClinicianService clinicians;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ClinicTime time;

    private final List<InfusionVisit> originals = new ArrayList<>();
    private InfusionVisit mine;
    private InfusionVisit someoneElses;
    private KitDay kit;

    @BeforeEach
    void putOneVisitOnHerRouteTodayAndOneOnAColleagues() {
        signInAs("clinician");
        long me = currentUser.require().clinicianId();
        kit = KitsInHand.aKitHolding(custody, BigDecimal.ONE); // the kit Infusing asks for
        signInAs("coordinator");
        Clinician maria = clinicians.find(me).orElseThrow();
        Clinician colleague = clinicians.allForPlanning().stream().filter(c -> c.getId() != me).findFirst().orElseThrow();
        Instant now = time.now();
        List<InfusionVisit> lastOnes = visits.inHorizon(now, now.plus(Duration.ofDays(60))).stream()
                .filter(v -> !v.getStatus().isStarted() && !v.getStatus().isClosed())
                .sorted(Comparator.comparing(InfusionVisit::getEarliestStart).reversed()).limit(2).toList();
        originals.addAll(lastOnes);
        Instant nine = time.today().atTime(9, 0).atZone(time.zone()).toInstant();
        mine = onRouteToday(lastOnes.get(0).getId(), maria, nine);
        mine = fixtures().freshForTheField(mine.getId());
        someoneElses = onRouteToday(lastOnes.get(1).getId(), colleague, nine);
    }

    @AfterEach
    void putThemBack() {
        signInAs("coordinator");
        for (InfusionVisit original : originals) {
            fixtures().putBack(original);
        }
    }

    @Test
    void showsTheClinicianOnlyHerOwnVisitsOfToday() {
        signInAs("clinician");
        long me = currentUser.require().clinicianId();
        long before = opened("OPENED_VISIT", "clinician", mine.getId());
        UI.getCurrent().navigate(MyDayView.class);
        assertThat(opened("OPENED_VISIT", "clinician", mine.getId()))
                .as("the audit record says the clinician saw this visit on My day").isEqualTo(before + 1);

        List<String> shown = _find(Div.class, spec -> spec.withClasses("stop-card")).stream()
                .map(c -> c.getId().orElseThrow()).toList();
        LocalDate today = time.today();
        List<String> expected = visits.inHorizon(time.startOf(today),
                        time.startOf(today.plusDays(1))).stream()
                .filter(v -> v.getClinician() != null && v.getClinician().getId() == me
                        && time.inClinicZone(v.getPlannedStart()).toLocalDate().equals(today)
                        && v.getStatus() != VisitStatus.CANCELLED)
                .map(v -> "stop-" + v.getId()).toList();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(expected).contains("stop-" + mine.getId())
                .doesNotContain("stop-" + someoneElses.getId());
        Component card = _get(Div.class, spec -> spec.withId("stop-" + mine.getId()));
        String fullAddress = mine.getPlan().getPatient().getHomeAddress();
        assertThat(fullAddress).matches("\\d+ .+, Atlanta, GA \\d{5}");
        assertThat(card.getElement().getTextRecursively()).contains(fullAddress);
        assertThat(_find(card, Anchor.class).stream().map(Anchor::getHref))
                .anyMatch(href -> href.startsWith("https://www.google.com/maps/dir/?api=1&destination="))
                .anyMatch(href -> href.startsWith("https://maps.apple.com/?daddr="))
                .anyMatch(href -> href.startsWith("geo:"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("my-day");
    }

    @Test
    void statusButtonsRecordWhenAndWho() {
        signInAs("clinician");
        UI.getCurrent().navigate(MyDayView.class);
        Instant before = time.now().minusSeconds(1);

        _click(_get(Button.class, spec -> spec.withId("status-en-route-" + mine.getId())));
        tapArrivedWithTheAdultConfirmed();

        assertThat(visits.find(mine.getId()).orElseThrow().getStatus()).isEqualTo(VisitStatus.ARRIVED);
        // this test's entries: another test may have used the same visit before
        List<VisitLogEntry> log = visits.statusLog(List.of(mine.getId())).stream()
                .filter(entry -> entry.getRecordedAt().isAfter(before)).toList();
        assertThat(log).extracting(VisitLogEntry::getStatus).containsExactly(VisitStatus.EN_ROUTE, VisitStatus.ARRIVED);
        assertThat(log).allSatisfy(entry -> {
            assertThat(entry.getRecordedBy()).isEqualTo("clinician");
            assertThat(entry.getRecordedAt()).isAfter(before).isBefore(time.now().plusSeconds(1));
        });
        Button arrived = _get(Button.class, spec -> spec.withId("status-arrived-" + mine.getId()));
        assertThat(arrived.getText()).isEqualTo("Arrived " + time.time(log.get(1).getRecordedAt()));
    }

    @Test
    void arrivedAsksToConfirmTheResponsibleAdultAndRecordsItInTheHistory() {
        signInAs("clinician");
        UI.getCurrent().navigate(MyDayView.class);
        String adult = mine.getPlan().getPatient().responsibleAdultInWords();
        assertThat(adult).as("demo patients have a responsible adult").isNotNull();
        assertThat(_get(Div.class, spec -> spec.withId("stop-adult-" + mine.getId())).getElement().getTextRecursively())
                .contains(adult).doesNotContain("Call the office");
        _click(_get(Button.class, spec -> spec.withId("status-en-route-" + mine.getId())));
        _click(_get(Button.class, spec -> spec.withId("status-arrived-" + mine.getId())));

        Button confirm = _get(Button.class, spec -> spec.withId("status-adult-confirm-" + mine.getId()));
        assertThat(confirm.isEnabled()).as("not before the adult is ticked").isFalse();
        assertThat(visits.find(mine.getId()).orElseThrow().getStatus()).isEqualTo(VisitStatus.EN_ROUTE);
        _setValue(_get(Checkbox.class, spec -> spec.withId("status-adult-present-" + mine.getId())), true);
        _click(confirm);

        InfusionVisit arrived = visits.find(mine.getId()).orElseThrow();
        assertThat(arrived.getStatus()).isEqualTo(VisitStatus.ARRIVED);
        assertThat(arrived.getAdultConfirmed()).isEqualTo(adult);
        assertThat(lastHistoryReason()).contains("Responsible adult at home confirmed: " + adult);
        assertThat(_get(Div.class, spec -> spec.withId("stop-adult-" + mine.getId())).getElement().getTextRecursively())
                .contains("confirmed at the home");
    }

    @Test
    void tappingALaterStepAsksBeforeSkipping() {
        signInAs("clinician");
        UI.getCurrent().navigate(MyDayView.class);
        _click(_get(Button.class, spec -> spec.withId("status-en-route-" + mine.getId())));
        _click(_get(Button.class, spec -> spec.withId("status-infusing-" + mine.getId())));

        assertThat(visits.find(mine.getId()).orElseThrow().getStatus()).as("asked first").isEqualTo(VisitStatus.EN_ROUTE);
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("status-skip-dialog"))
                .getHeaderTitle()).isEqualTo("Skip Arrived?");
        _click(_get(Button.class, spec -> spec.withId("status-skip-confirm-" + mine.getId())));
        // skipping Arrived still needs the adult at home confirmed
        _setValue(_get(Checkbox.class, spec -> spec.withId("status-adult-present-" + mine.getId())), true);
        _click(_get(Button.class, spec -> spec.withId("status-adult-confirm-" + mine.getId())));
        assertThat(visits.find(mine.getId()).orElseThrow().getStatus()).as("the kit comes first")
                .isNotEqualTo(VisitStatus.INFUSING);
        recordTheKitUsed();

        assertThat(visits.find(mine.getId()).orElseThrow().getStatus()).isEqualTo(VisitStatus.INFUSING);
        assertThat(lastHistoryReason()).contains("Skipped Arrived");
    }

    @Test
    void doneBeforeTheLeastMonitoringAsksWhyAndTellsTheOffice() {
        signInAs("clinician");
        UI.getCurrent().navigate(MyDayView.class);
        _click(_get(Button.class, spec -> spec.withId("status-en-route-" + mine.getId())));
        tapArrivedWithTheAdultConfirmed();
        _click(_get(Button.class, spec -> spec.withId("status-infusing-" + mine.getId())));
        recordTheKitUsed();
        _click(_get(Button.class, spec -> spec.withId("status-monitoring-" + mine.getId())));
        _click(_get(Button.class, spec -> spec.withId("status-done-" + mine.getId())));

        assertThat(visits.find(mine.getId()).orElseThrow().getStatus()).isEqualTo(VisitStatus.MONITORING);
        Button record = _get(Button.class, spec -> spec.withId("status-early-done-confirm-" + mine.getId()));
        assertThat(record.isEnabled()).as("not without a reason").isFalse();
        _setValue(_get(TextArea.class, spec -> spec.withId("status-early-done-reason-" + mine.getId())),
                "Back to baseline early; adult with her");
        _click(record);

        InfusionVisit done = visits.find(mine.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(VisitStatus.DONE);
        assertThat(done.getEndedEarly()).contains("Done after 0 of the least 30 min of monitoring")
                .contains("Back to baseline early; adult with her");
        assertThat(lastHistoryReason()).contains("Back to baseline early");
        signInAs("coordinator");
        assertThat(rules.flagsOn(time.today())).filteredOn(f -> mine.getId().equals(f.visitId()))
                .extracting(RuleFlag::words).anySatisfy(words -> assertThat(words)
                        .contains("ended before the least monitoring").contains("Back to baseline early"));
    }

    @Test
    void aWrongTapIsUndoneWithinTwoMinutesAndTheCorrectionIsInTheHistory() {
        signInAs("clinician");
        UI.getCurrent().navigate(MyDayView.class);
        _click(_get(Button.class, spec -> spec.withId("status-en-route-" + mine.getId())));
        tapArrivedWithTheAdultConfirmed();

        _click(_get(Button.class, spec -> spec.withId("status-undo-" + mine.getId())));

        InfusionVisit back = visits.find(mine.getId()).orElseThrow();
        assertThat(back.getStatus()).isEqualTo(VisitStatus.EN_ROUTE);
        assertThat(back.getAdultConfirmed()).as("confirmed again on the next Arrived").isNull();
        assertThat(_get(Button.class, spec -> spec.withId("status-arrived-" + mine.getId())).getText()).isEqualTo("Arrived");
        signInAs("coordinator");
        List<VisitChange> history = changes.history(mine.getId());
        assertThat(history.get(0).getKind()).isEqualTo(VisitChangeKind.STATUS_UNDONE);
        assertThat(history.get(0).getReason()).startsWith("Undo of Arrived tapped at");
        assertThat(history).extracting(VisitChange::getKind).contains(VisitChangeKind.STATUS);
    }

    private void tapArrivedWithTheAdultConfirmed() {
        _click(_get(Button.class, spec -> spec.withId("status-arrived-" + mine.getId())));
        _setValue(_get(Checkbox.class, spec -> spec.withId("status-adult-present-" + mine.getId())), true);
        _click(_get(Button.class, spec -> spec.withId("status-adult-confirm-" + mine.getId())));
    }

    /** Infusing asks which of her signed-out kits the infusion comes from; she records 1 mg given. */
    private void recordTheKitUsed() {
        @SuppressWarnings("unchecked")
        Select<KitDay> choice = _get(Select.class, spec -> spec.withId("kit-use-kit"));
        _setValue(choice, choice.getListDataView().getItems().filter(d -> d.signOutId() == kit.signOutId())
                .findFirst().orElseThrow());
        BigDecimalField given = _get(BigDecimalField.class, spec -> spec.withId("kit-use-given"));
        String fromTheOrder = given.getHelperText();
        assertThat(fromTheOrder).as("the order's dose to start from")
                .matches("Ordered: [0-9.]+ mg\\.|No physician's order on file: enter what you gave\\.");
        _setValue(given, BigDecimal.ONE);
        if (fromTheOrder.startsWith("Ordered")) {
            assertThat(given.getHelperText()).endsWith("mg less than ordered.");
        }
        _click(_get(Button.class, spec -> spec.withId("kit-use-record")));
    }

    private String lastHistoryReason() {
        signInAs("coordinator");
        return changes.history(mine.getId()).get(0).getReason();
    }

    @Test
    void aClinicianCannotChangeAColleaguesVisit() {
        signInAs("clinician");
        assertThatThrownBy(() -> visits.recordStatus(someoneElses.getId(), VisitStatus.EN_ROUTE))
                .isInstanceOf(AccessDeniedException.class);
        signInAs("coordinator");
        assertThat(visits.find(someoneElses.getId()).orElseThrow().getStatus()).isNotEqualTo(VisitStatus.EN_ROUTE);
    }

    private InfusionVisit onRouteToday(long visitId, Clinician clinician, Instant start) {
        fixtures().window(visitId, start, start.plus(Duration.ofHours(3)));
        return fixtures().place(visitId, clinician, start.plus(Duration.ofHours(1)));
    }
}
