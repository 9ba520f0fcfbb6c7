package care.rounds.visits;

import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.booking.SeriesBooking;
import care.rounds.booking.SeriesRequest;
import care.rounds.booking.TestOrders;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.plans.TreatmentPlanRepository;
import care.rounds.plans.TreatmentProtocolRepository;
import care.rounds.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every command of the visits' one door writes exactly one history entry per visit it changes, with the
 * actor and the reason; a clinician's login cannot call the office's commands. Each test books its own
 * series for a patient without one, so the demo clinic's visits stay as they are.
 */
class VisitCommandsIT extends KaribuTest {

    @Autowired
    VisitChanges changes;
    @Autowired
    VisitService visits;
    @Autowired
    SeriesBooking booking;
    @Autowired
    PatientService patients;
    @Autowired
    TreatmentProtocolRepository protocols;
    @Autowired
    TreatmentPlanRepository plans;
    @Autowired
    ClinicianService clinicians;
    @Autowired
    ClinicTime time;

    private List<InfusionVisit> series;
    private Clinician clinician;
    private Instant tenAm;

    @BeforeEach
    void bookAFreshSeries() {
        signInAs("coordinator");
        Set<Long> withPlans = plans.findAll().stream().filter(p -> p.getStatus() != care.rounds.plans.PlanStatus.CANCELLED)
                .map(p -> p.getPatient().getId()).collect(Collectors.toSet());
        Patient patient = patients.search("", 0, 200)
                .filter(p -> p.getHomeLocation() != null && !withPlans.contains(p.getId())).findFirst().orElseThrow();
        LocalDate start = time.today().plusDays(30);
        series = booking.create(new SeriesRequest(patient.getId(),
                protocols.findByName("PTSD initial series").orElseThrow().getId(), start,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(8, 0), LocalTime.of(18, 0), null),
                TestOrders.halfMgPerKg(clinicians, time.today()));
        // a CRNA who works on the first infusion's day: the clinic's rules are checked on every booking
        DayOfWeek firstDay = time.inClinicZone(series.get(0).getEarliestStart()).getDayOfWeek();
        clinician = clinicians.active().stream().filter(c -> c.getCredential().name().equals("CRNA"))
                .filter(c -> c.hoursOn(firstDay).isPresent()).findFirst().orElseThrow();
        tenAm = time.inClinicZone(series.get(0).getEarliestStart()).toLocalDate().atTime(10, 0)
                .atZone(time.zone()).toInstant();
    }

    /** The series is discarded, so its patient and its clinician's hours are free for the next test. */
    @org.junit.jupiter.api.AfterEach
    void discardTheSeries() {
        signInAs("coordinator");
        for (InfusionVisit visit : series) {
            if (visits.find(visit.getId()).orElseThrow().getStatus().isStarted()) {
                fixtures().status(visit.getId(), VisitStatus.CANCELLED); // a visit under way cannot be cancelled by a command
            }
        }
        booking.discard(series.get(0).getPlan().getId());
    }

    @Test
    void creatingASeriesRecordsEachVisitOnce() {
        for (InfusionVisit visit : series) {
            assertThat(changes.history(visit.getId())).singleElement().satisfies(entry -> {
                assertThat(entry.getKind()).isEqualTo(VisitChangeKind.CREATED);
                assertThat(entry.getChangedBy()).isEqualTo("coordinator");
            });
        }
    }

    @Test
    void bookRecordsOneEntryAndWhatThePatientWasTold() {
        InfusionVisit booked = oneEntry(first(), VisitChangeKind.BOOKED, "Confirmed with the patient",
                () -> changes.book(first().getId(), clinician.getId(), tenAm));
        assertThat(booked.isPinned()).isTrue();
        assertThat(booked.getToldStart()).isEqualTo(tenAm);
        assertThat(booked.getToldClinician().getId()).isEqualTo(clinician.getId());
    }

    @Test
    void assignRecordsOneEntry() {
        oneEntry(first(), VisitChangeKind.ASSIGNED, "Patient asked for the CRNA",
                () -> changes.assign(first().getId(), first().getVersion(), clinician.getId(), tenAm,
                        "Patient asked for the CRNA"));
    }

    @Test
    void unassignRecordsOneEntry() {
        placed();
        oneEntry(first(), VisitChangeKind.UNASSIGNED, "Licence lapsed",
                () -> changes.unassign(first().getId(), "Licence lapsed"));
    }

    @Test
    void pinAndUnpinRecordOneEntryEach() {
        placed();
        oneEntry(first(), VisitChangeKind.PINNED, null, () -> changes.pin(first().getId(), first().getVersion()));
        oneEntry(first(), VisitChangeKind.UNPINNED, null, () -> changes.unpin(first().getId(), first().getVersion()));
    }

    @Test
    void moveRecordsOneEntryForTheVisitAndOneForEachPushedVisit() {
        InfusionVisit second = series.get(1);
        fixtures().place(second.getId(), clinician, second.getEarliestStart().plus(Duration.ofHours(2)));
        int secondBefore = changes.history(second.getId()).size();
        InfusionVisit pushedRead = visits.find(second.getId()).orElseThrow();
        oneEntry(first(), VisitChangeKind.MOVED, "Patient asked for 10:00",
                () -> changes.move(first().getId(), first().getVersion(), clinician.getId(), tenAm,
                        "Patient asked for 10:00", List.of(new PlannedVisit(second.getId(), pushedRead.getVersion(),
                                clinician, pushedRead.getPlannedStart().plus(Duration.ofMinutes(30))))));
        List<VisitChange> pushed = changes.history(second.getId());
        assertThat(pushed).hasSize(secondBefore + 1);
        assertThat(pushed.get(0).getKind()).isEqualTo(VisitChangeKind.PUSHED_LATER);
    }

    @Test
    void rescheduleRecordsOneEntryWithTheWindowBeforeAndAfter() {
        Instant from = first().getEarliestStart().plus(Duration.ofDays(1));
        VisitChange entry = history(oneEntry(first(), VisitChangeKind.RESCHEDULED, "Patient travels",
                () -> changes.reschedule(first().getId(), first().getVersion(), from, from.plus(Duration.ofHours(4)),
                        "Patient travels")));
        assertThat(entry.getBefore()).contains("window");
        assertThat(entry.getAfter()).contains("window").isNotEqualTo(entry.getBefore());
    }

    @Test
    void cancelRecordsOneEntry() {
        oneEntry(first(), VisitChangeKind.CANCELLED, "Patient unwell",
                () -> changes.cancel(first().getId(), first().getVersion(), "Patient unwell"));
    }

    @Test
    void cancellingTheRestOfASeriesRecordsOneEntryPerVisit() {
        List<InfusionVisit> cancelled = changes.cancelRestOfSeries(first().getPlan().getId(), "Physician stopped it");
        assertThat(cancelled).hasSize(series.size());
        for (InfusionVisit visit : series) {
            List<VisitChange> history = changes.history(visit.getId());
            assertThat(history).hasSize(2);
            assertThat(history.get(0).getKind()).isEqualTo(VisitChangeKind.SERIES_CANCELLED);
            assertThat(history.get(0).getReason()).isEqualTo("Physician stopped it");
            assertThat(visits.find(visit.getId()).orElseThrow().getStatus()).isEqualTo(VisitStatus.CANCELLED);
        }
    }

    @Test
    void recordingAStatusRecordsOneEntry() {
        placed();
        InfusionVisit enRoute = oneEntry(first(), VisitChangeKind.STATUS, null,
                () -> visits.recordStatus(first().getId(), VisitStatus.EN_ROUTE));
        assertThat(visits.statusLog(List.of(enRoute.getId()))).extracting(VisitLogEntry::getStatus)
                .containsExactly(VisitStatus.EN_ROUTE);
    }

    @Test
    void recordingACallRecordsOneEntryAndWhatThePatientNowKnows() {
        InfusionVisit placed = placed();
        InfusionVisit told = oneEntry(placed, VisitChangeKind.PATIENT_TOLD, "Called the patient",
                () -> changes.recordPatientTold(placed.getId(), placed.getVersion(), "Called the patient"));
        assertThat(told.getToldStart()).isEqualTo(placed.getPlannedStart());
    }

    @Test
    void thePlannersResultIsRecordedAsThePlannerWithItsRun() {
        InfusionVisit visit = first();
        int before = changes.history(visit.getId()).size();
        SystemActor.planner(4242).run(() -> changes.applyPlannerResult(
                List.of(new PlannedVisit(visit.getId(), visit.getVersion(), clinician, tenAm))));
        List<VisitChange> history = changes.history(visit.getId());
        assertThat(history).hasSize(before + 1);
        assertThat(history.get(0).getKind()).isEqualTo(VisitChangeKind.PLANNED);
        assertThat(history.get(0).getActor()).isEqualTo(VisitChange.Actor.PLANNER);
        assertThat(history.get(0).getPlannerRunId()).isEqualTo(4242L);
        assertThat(history.get(0).getChangedBy()).isEqualTo("Planner, run 4242");
    }

    @Test
    void aClinicianCannotCallTheOfficesCommands() {
        InfusionVisit visit = first();
        signInAs("clinician");
        List<Runnable> commands = List.of(
                () -> changes.book(visit.getId(), clinician.getId(), tenAm),
                () -> changes.assign(visit.getId(), visit.getVersion(), clinician.getId(), tenAm, "x"),
                () -> changes.unassign(visit.getId(), "x"),
                () -> changes.pin(visit.getId(), visit.getVersion()),
                () -> changes.unpin(visit.getId(), visit.getVersion()),
                () -> changes.move(visit.getId(), visit.getVersion(), clinician.getId(), tenAm, "x", List.of()),
                () -> changes.reschedule(visit.getId(), visit.getVersion(), tenAm, tenAm, "x"),
                () -> changes.cancel(visit.getId(), visit.getVersion(), "x"),
                () -> changes.cancelRestOfSeries(visit.getPlan().getId(), "x"),
                () -> changes.markNotHome(visit.getId(), visit.getVersion(), "x"),
                () -> changes.runLate(visit.getId(), visit.getVersion(), 30, "x"),
                () -> changes.changeLength(visit.getId(), visit.getVersion(), 90, "x"),
                () -> changes.recordPatientTold(visit.getId(), visit.getVersion(), "x"),
                () -> changes.applyPlannerResult(List.of()));
        for (Runnable command : commands) {
            assertThatThrownBy(command::run).isInstanceOf(AccessDeniedException.class);
        }
        signInAs("coordinator");
        assertThat(changes.history(visit.getId())).as("nothing was written").hasSize(1);
    }

    private InfusionVisit first() {
        return visits.find(series.get(0).getId()).orElseThrow();
    }

    private InfusionVisit placed() {
        return fixtures().place(series.get(0).getId(), clinician, tenAm);
    }

    private VisitChange history(InfusionVisit visit) {
        return changes.history(visit.getId()).get(0);
    }

    private InfusionVisit oneEntry(InfusionVisit visit, VisitChangeKind kind, String reason,
                                   Supplier<InfusionVisit> command) {
        int before = changes.history(visit.getId()).size();
        InfusionVisit changed = command.get();
        List<VisitChange> history = changes.history(visit.getId());
        assertThat(history).as("one entry for %s", kind).hasSize(before + 1);
        VisitChange entry = history.get(0);
        assertThat(entry.getKind()).isEqualTo(kind);
        assertThat(entry.getChangedBy()).isEqualTo("coordinator");
        assertThat(entry.getActor()).isEqualTo(VisitChange.Actor.USER);
        assertThat(entry.getReason()).isEqualTo(reason);
        assertThat(entry.getChangedAt()).isNotNull();
        assertThat(entry.getAfter()).isNotBlank();
        return changed;
    }
}
