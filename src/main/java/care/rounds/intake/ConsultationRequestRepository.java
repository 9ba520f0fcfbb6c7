package care.rounds.intake;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsultationRequestRepository extends JpaRepository<ConsultationRequest, Long> {

    @Query("select r from ConsultationRequest r where (:status is null and r.status <> care.rounds.intake.RequestStatus.HELD) or r.status = :status")
    Page<ConsultationRequest> inStatus(RequestStatus status, Pageable pageable);

    @Query("select count(r) from ConsultationRequest r where (:status is null and r.status <> care.rounds.intake.RequestStatus.HELD) or r.status = :status")
    long countInStatus(RequestStatus status);
}
