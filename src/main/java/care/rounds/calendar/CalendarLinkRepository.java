package care.rounds.calendar;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface CalendarLinkRepository extends JpaRepository<CalendarLink, Long> {

    @Query("select l from CalendarLink l where l.secretHash = :secretHash and l.revokedAt is null")
    Optional<CalendarLink> findActiveBySecretHash(String secretHash);

    @Query("select l from CalendarLink l where l.clinicianId = :clinicianId and l.revokedAt is null")
    Optional<CalendarLink> findActiveByClinicianId(long clinicianId);

    @Query("select l from CalendarLink l where l.revokedAt is null order by l.createdAt desc")
    List<CalendarLink> findAllActive();
}
