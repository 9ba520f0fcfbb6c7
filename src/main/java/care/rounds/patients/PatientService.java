package care.rounds.patients;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Patients for the office (coordinators and managers). Clinicians reach patient details only through
 * the visits module, which shows them the patients on their own routes.
 */
@Service
@Transactional(readOnly = true)
public class PatientService {

    private final PatientRepository patients;
    private final org.springframework.context.ApplicationEventPublisher events;

    PatientService(PatientRepository patients, org.springframework.context.ApplicationEventPublisher events) {
        this.patients = patients;
        this.events = events;
    }

    @RolesAllowed({"COORDINATOR", "MANAGER"})
    public Stream<Patient> search(String text, int offset, int limit) {
        int size = Math.max(1, limit);
        return patients.search(text == null ? "" : text.strip(),
                PageRequest.of(offset / size, size, Sort.by("fullName", "id"))).stream();
    }

    @RolesAllowed({"COORDINATOR", "MANAGER"})
    public int count(String text) {
        return (int) patients.countSearch(text == null ? "" : text.strip());
    }

    /** The 5-digit ZIP codes of patients' homes: every one is on the clinic's road map. No patient detail. */
    @RolesAllowed({"COORDINATOR", "MANAGER"})
    public java.util.Set<String> homeZipCodes() {
        return patients.homeZipCodes().stream().filter(zip -> zip.matches("[0-9]{5}"))
                .collect(java.util.stream.Collectors.toSet());
    }

    @RolesAllowed({"COORDINATOR", "MANAGER"})
    public Optional<Patient> find(long id) {
        return patients.findById(id);
    }

    @RolesAllowed({"COORDINATOR", "MANAGER"})
    @Transactional
    public Patient save(Patient patient) {
        Patient saved = patients.saveAndFlush(patient);
        events.publishEvent(new PatientSaved(saved.getId()));
        return saved;
    }

    /** For the demo clinic at start-up, before anyone signs in. */
    @Transactional
    public Patient saveAtStartUp(Patient patient) {
        return patients.save(patient);
    }

    /**
     * Patients by id for modules that have already checked who may see them (a clinician's own
     * visits, the planner); no role check here for that reason.
     */
    public List<Patient> byIds(Collection<Long> ids) {
        return patients.findAllById(ids);
    }
}
