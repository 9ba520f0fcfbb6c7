package care.rounds.intake;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    List<Consultation> findByRequestIdOrderByStartsAt(long requestId);

    Optional<Consultation> findFirstByPatientIdAndOutcomeIsNotNullOrderByStartsAtDesc(long patientId);

    /** The first of the clinician's consultations that overlaps [startsAt, endsAt), if any. */
    @Query(value = """
            select c.* from consultation c
            where c.clinician_id = :clinicianId
              and c.starts_at < :endsAt
              and c.starts_at + make_interval(mins => c.duration_minutes) > :startsAt
            order by c.starts_at
            limit 1
            """, nativeQuery = true)
    Optional<Consultation> firstOverlapping(long clinicianId, Instant startsAt, Instant endsAt);

    /**
     * Serialises bookings in one clinician's calendar until the transaction ends, so two coordinators
     * cannot both take the same slot between the overlap check and the insert.
     */
    @Query(value = "select 1 from pg_advisory_xact_lock(4711, cast(:clinicianId as integer))", nativeQuery = true)
    Integer lockCalendarOf(long clinicianId);
}
