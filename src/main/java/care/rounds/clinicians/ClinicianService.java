package care.rounds.clinicians;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The roster. Coordinators read it to book visits; only managers change it.
 */
@Service
@Transactional(readOnly = true)
public class ClinicianService {

    private final ClinicianRepository clinicians;
    private final ApplicationEventPublisher events;

    ClinicianService(ClinicianRepository clinicians, ApplicationEventPublisher events) {
        this.clinicians = clinicians;
        this.events = events;
    }

    @RolesAllowed({"COORDINATOR", "MANAGER"})
    public Stream<Clinician> search(ClinicianFilter filter, int offset, int limit) {
        PageRequest page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit), Sort.by("fullName"));
        return clinicians.search(filter.text(), filter.credential(), page).stream();
    }

    @RolesAllowed({"COORDINATOR", "MANAGER"})
    public int count(ClinicianFilter filter) {
        return (int) clinicians.countSearch(filter.text(), filter.credential());
    }

    @RolesAllowed({"COORDINATOR", "MANAGER"})
    public List<Clinician> active() {
        return clinicians.findByActiveTrueOrderByFullName();
    }

    @RolesAllowed({"COORDINATOR", "CLINICIAN", "MANAGER"})
    public Optional<Clinician> find(long id) {
        return clinicians.findById(id);
    }

    @RolesAllowed("MANAGER")
    @Transactional
    public Clinician save(Clinician clinician) {
        return saveRoster(clinician).clinician();
    }

    /** Saves a roster entry and says what it caused on the planned days (visits taken off a route, days re-planned). */
    @RolesAllowed("MANAGER")
    @Transactional
    public RosterSaved saveRoster(Clinician clinician) {
        Clinician saved = clinicians.saveAndFlush(clinician);
        RosterChanged change = new RosterChanged(saved.getId(), false);
        events.publishEvent(change);
        return new RosterSaved(saved, change.consequences());
    }

    /**
     * A clinician cannot work from {@code from} until {@code until} (a same-day call-out recorded by
     * the office). Whoever calls this re-plans the day.
     */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public Clinician recordCallOut(long clinicianId, Instant from, Instant until, String reason) {
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("The call-out must end after it starts.");
        }
        Clinician clinician = clinicians.findById(clinicianId)
                .orElseThrow(() -> new IllegalArgumentException("No such clinician."));
        clinician.addTimeOff(from, until, reason == null || reason.isBlank() ? "Called out" : reason.strip());
        Clinician saved = clinicians.saveAndFlush(clinician);
        events.publishEvent(new RosterChanged(saved.getId(), true));
        return saved;
    }

    /** For the demo clinic at start-up, before anyone signs in. */
    @Transactional
    public Clinician saveAtStartUp(Clinician clinician) {
        return clinicians.save(clinician);
    }

    /** For the planner and the demo: every clinician, no role check because no user is involved. */
    public List<Clinician> allForPlanning() {
        return clinicians.findAll(Sort.by("id"));
    }
}
