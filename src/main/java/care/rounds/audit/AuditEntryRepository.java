package care.rounds.audit;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.util.List;

/**
 * Insert and read only: no save of a changed entry, no delete (and the database refuses both).
 */
interface AuditEntryRepository extends Repository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findTop50ByPatientIdOrderByIdDesc(long patientId);
}
