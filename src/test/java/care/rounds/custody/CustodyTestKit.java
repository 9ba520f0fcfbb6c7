package care.rounds.custody;

import care.rounds.base.ClinicTime;
import care.rounds.clinicians.ClinicianService;
import care.rounds.security.CurrentUser;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitFixtures;
import care.rounds.visits.VisitService;
import org.springframework.context.ApplicationContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Custody set-up for view and browser tests: past days recorded through a custody service whose clock
 * stands on that day, and demo visits put on a clinician's route (put back with {@link #putVisitsBack()}).
 */
public final class CustodyTestKit {

    private final ApplicationContext context;
    private final ClinicTime time;
    private final VisitService visits;
    private final ClinicianService clinicians;
    private final List<InfusionVisit> moved = new ArrayList<>();

    public CustodyTestKit(ApplicationContext context) {
        this.context = context;
        this.time = context.getBean(ClinicTime.class);
        this.visits = context.getBean(VisitService.class);
        this.clinicians = context.getBean(ClinicianService.class);
    }

    /** The clinician's commands as they were at noon of that day (the caller signs in first). */
    public KitCustody on(LocalDate day) {
        Instant noon = time.startOf(day).plus(Duration.ofHours(12));
        ClinicTime then = new ClinicTime(time.zone().getId(), Clock.fixed(noon, ZoneOffset.UTC));
        return new KitCustody(new Ledger(context.getBean(CustodyEntryRepository.class), then),
                context.getBean(KitRepository.class), context.getBean(CurrentUser.class), visits, clinicians);
    }

    /** A demo visit put on this clinician's route that day at 13:00. */
    public long visitOnRoute(long clinicianId, LocalDate day) {
        InfusionVisit visit = visits.inHorizon(time.now(), time.now().plus(Duration.ofDays(14))).stream()
                .filter(v -> !v.getStatus().isClosed() && moved.stream().noneMatch(m -> m.getId().equals(v.getId())))
                .findFirst().orElseThrow();
        moved.add(visit);
        VisitFixtures.of(context).place(visit.getId(), clinicians.allForPlanning().stream()
                .filter(c -> c.getId() == clinicianId).findFirst().orElseThrow(),
                time.startOf(day).plus(Duration.ofHours(13)));
        return visit.getId();
    }

    public void putVisitsBack() {
        moved.forEach(VisitFixtures.of(context)::putBack);
        moved.clear();
    }
}
