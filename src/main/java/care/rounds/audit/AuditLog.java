package care.rounds.audit;

import care.rounds.base.ClinicTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The audit record as the manager reads it: newest first, filtered.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed("MANAGER")
public class AuditLog {

    private final AuditEntryRepository entries;
    private final ClinicTime time;

    AuditLog(AuditEntryRepository entries, ClinicTime time) {
        this.entries = entries;
        this.time = time;
    }

    public Stream<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        int page = offset / Math.max(1, limit);
        return entries.findAll(matching(filter), PageRequest.of(page, Math.max(1, limit),
                Sort.by(Sort.Direction.DESC, "id"))).stream();
    }

    public int count(AuditFilter filter) {
        return (int) Math.min(Integer.MAX_VALUE, entries.count(matching(filter)));
    }

    /** Every matching entry, for the CSV download. */
    public List<AuditEntry> all(AuditFilter filter) {
        return entries.findAll(matching(filter), Sort.by(Sort.Direction.DESC, "id"));
    }

    private Specification<AuditEntry> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("at"), time.startOf(filter.from())));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("at"), time.startOf(filter.to().plusDays(1))));
            }
            if (filter.username() != null && !filter.username().isBlank()) {
                where.add(cb.like(cb.lower(root.get("username")), like(filter.username())));
            }
            if (filter.action() != null) {
                where.add(cb.equal(root.get("action"), filter.action()));
            }
            if (filter.patient() != null && !filter.patient().isBlank()) {
                String patient = filter.patient().strip();
                Predicate byName = cb.and(cb.isNotNull(root.get("patientId")),
                        cb.like(cb.lower(root.get("detail")), like(patient)));
                where.add(patient.matches("\\d{1,18}")
                        ? cb.or(cb.equal(root.get("patientId"), Long.parseLong(patient)), byName) : byName);
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String like(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
