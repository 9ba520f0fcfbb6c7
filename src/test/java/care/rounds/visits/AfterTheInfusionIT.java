package care.rounds.visits;

import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.booking.SeriesBooking;
import care.rounds.booking.SeriesRequest;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.clinicians.Credential;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.planning.SlotOption;
import care.rounds.plans.ProtocolService;
import care.rounds.plans.TreatmentProtocol;
import care.rounds.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * After the infusion, on the server: status taps in order, the responsible adult confirmed at the home and
 * required before a first infusion is booked, monitoring before Done, the undo window, and visit lengths that
 * cover setup, infusion and monitoring. Every refusal is checked where the command runs, not only on screen.
 */
class AfterTheInfusionIT extends KaribuTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    VisitService visits;
    @Autowired
    VisitChanges changes;
    @Autowired
    ClinicianService clinicians;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ClinicTime time;
    @Autowired
    ProtocolService protocols;
    @Autowired
    SeriesBooking booking;
    @Autowired
    PatientService patients;

    private InfusionVisit original;
    private InfusionVisit visit;

    @BeforeEach
    void putAVisitOnTheClinicianRouteToday() {
        signInAs("clinician");
        long me = currentUser.require().clinicianId();
        signInAs("coordinator");
        Clinician maria = clinicians.find(me).orElseThrow();
        Instant now = time.now();
        original = visits.inHorizon(now, now.plus(Duration.ofDays(60))).stream()
                .filter(v -> !v.getStatus().isStarted() && !v.getStatus().isClosed()
                        && !v.getPlan().getProtocol().isAssessment())
                .sorted(Comparator.comparing(InfusionVisit::getEarliestStart).reversed()).skip(2).findFirst().orElseThrow();
        Instant eleven = time.today().atTime(11, 0).atZone(time.zone()).toInstant();
        VisitFixtures fixtures = VisitFixtures.of(context);
        fixtures.window(original.getId(), eleven, eleven.plus(Duration.ofHours(3)));
        fixtures.place(original.getId(), maria, eleven.plus(Duration.ofHours(1)));
        visit = fixtures.freshForTheField(original.getId());
    }

    @AfterEach
    void putItBack() {
        VisitFixtures.of(context).putBack(original);
        VisitFixtures.of(context).freshForTheField(original.getId());
    }

    @Test
    void stepsGoInOrderAndASkipMustBeConfirmed() {
        signInAs("clinician");
        assertThatThrownBy(() -> visits.recordStatus(visit.getId(), StatusReport.of(VisitStatus.INFUSING)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Infusing now skips En route and Arrived: confirm that you mean to skip it.");
        visits.recordStatus(visit.getId(), StatusReport.of(VisitStatus.EN_ROUTE));
        assertThatThrownBy(() -> visits.recordStatus(visit.getId(), StatusReport.of(VisitStatus.EN_ROUTE)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("En route is recorded already");

        InfusionVisit infusing = visits.recordStatus(visit.getId(),
                StatusReport.of(VisitStatus.INFUSING).confirmingSkip().withAdult("Sam Lee (spouse)"));

        assertThat(infusing.getStatus()).isEqualTo(VisitStatus.INFUSING);
        signInAs("coordinator");
        assertThat(changes.history(visit.getId()).get(0).getReason()).isEqualTo(
                "Skipped Arrived. Responsible adult at home confirmed: Sam Lee (spouse)");
    }

    @Test
    void arrivedIsRefusedUntilTheClinicianConfirmsTheResponsibleAdult() {
        signInAs("clinician");
        visits.recordStatus(visit.getId(), StatusReport.of(VisitStatus.EN_ROUTE));
        assertThatThrownBy(() -> visits.recordStatus(visit.getId(), StatusReport.of(VisitStatus.ARRIVED)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Confirm the responsible adult at home first: they stay with the patient until you leave.");
        assertThat(visits.find(visit.getId()).orElseThrow().getStatus()).isEqualTo(VisitStatus.EN_ROUTE);
    }

    @Test
    void doneBeforeTheLeastMonitoringIsRefusedWithoutAReason() {
        signInAs("clinician");
        visits.recordStatus(visit.getId(), StatusReport.of(VisitStatus.EN_ROUTE));
        visits.recordStatus(visit.getId(), StatusReport.of(VisitStatus.ARRIVED).withAdult("Sam Lee (spouse)"));
        visits.recordStatus(visit.getId(), StatusReport.of(VisitStatus.INFUSING));
        visits.recordStatus(visit.getId(), StatusReport.of(VisitStatus.MONITORING));

        assertThatThrownBy(() -> visits.recordStatus(visit.getId(), StatusReport.of(VisitStatus.DONE)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Done after 0 of the least 30 min of monitoring. Say why; the office is told.");

        // 30 minutes of monitoring later, Done needs no reason
        VisitFixtures.of(context).tappedEarlier(context, visit.getId(), Duration.ofMinutes(31));
        InfusionVisit done = visits.recordStatus(visit.getId(), StatusReport.of(VisitStatus.DONE));
        assertThat(done.getStatus()).isEqualTo(VisitStatus.DONE);
        assertThat(done.getEndedEarly()).isNull();
    }

    @Test
    void anUndoAfterTwoMinutesIsRefusedAndTheOfficeCorrectsIt() {
        signInAs("clinician");
        visits.recordStatus(visit.getId(), StatusReport.of(VisitStatus.EN_ROUTE));
        VisitFixtures.of(context).tappedEarlier(context, visit.getId(), Duration.ofMinutes(3));

        assertThatThrownBy(() -> visits.undoStatus(visit.getId()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("more than 2 minutes ago: call the office to correct it");
        assertThat(visits.find(visit.getId()).orElseThrow().getStatus()).isEqualTo(VisitStatus.EN_ROUTE);
    }

    @Test
    void aVisitCannotBeShortenedBelowSetupInfusionAndMonitoring() {
        assertThatThrownBy(() -> changes.changeLength(visit.getId(), visit.getVersion(), 60, "patient is quick"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A visit of 60 minutes is too short: it must cover setup (20 min), the infusion (40 min) "
                        + "and the least monitoring (30 min), 90 minutes in all. Enter at least 90 minutes.");
        assertThat(changes.changeLength(visit.getId(), visit.getVersion(), 95, null).getDurationMinutes()).isEqualTo(95);
    }

    @Test
    void aProtocolWhoseVisitsCannotHoldTheInfusionAndMonitoringIsNotSaved() {
        signInAs("manager");
        TreatmentProtocol tooShort = new TreatmentProtocol("Quick infusion (test)", 1, 60, 60, 0, 0,
                EnumSet.of(Credential.CRNA));

        assertThatThrownBy(() -> protocols.save(tooShort))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A first visit of 60 minutes is too short: it must cover setup (20 min), the "
                        + "infusion (40 min) and the least monitoring (30 min), 90 minutes in all.");
        assertThat(protocols.all()).extracting(TreatmentProtocol::getName).doesNotContain("Quick infusion (test)");
    }

    @Test
    void theFirstInfusionIsNotConfirmedWithoutAResponsibleAdult() {
        Patient patient = patients.search("", 0, 300).filter(p -> p.getHomeLocation() != null)
                .filter(p -> p.responsibleAdultMissing().isEmpty()).reduce((a, b) -> b).orElseThrow();
        String relation = patient.getResponsibleAdultRelation();
        patient.setResponsibleAdultRelation(null);
        patients.save(patient);
        List<InfusionVisit> series = List.of();
        try {
            LocalDate wednesday = time.today().plusDays(40).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
            series = booking.create(new SeriesRequest(patient.getId(), booking.protocols().get(0).getId(), wednesday,
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0), null), care.rounds.booking.TestOrders.halfMgPerKg(clinicians, time.today()));
            InfusionVisit first = series.get(0);
            Clinician anyone = clinicians.allForPlanning().get(0);
            SlotOption option = new SlotOption(first.getId(), anyone.getId(), anyone.getFullName(),
                    anyone.getCredential().name(), first.getEarliestStart(), "", true);

            assertThatThrownBy(() -> booking.confirm(Map.of(first.getId(), option)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The first infusion needs a responsible adult who stays until the clinician leaves; "
                            + "the patient's record has no relation for them. Open Patients, enter the adult's name, "
                            + "phone and relation, then confirm again.");
            assertThat(visits.find(first.getId()).orElseThrow().getClinician()).as("nothing booked").isNull();
        } finally {
            if (!series.isEmpty()) {
                booking.discard(series.get(0).getPlan().getId());
            }
            Patient back = patients.find(patient.getId()).orElseThrow();
            back.setResponsibleAdultRelation(relation);
            patients.save(back);
        }
    }
}
