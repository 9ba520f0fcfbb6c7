package care.rounds.plans;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface TreatmentPlanRepository extends JpaRepository<TreatmentPlan, Long> {

    List<TreatmentPlan> findByStatus(PlanStatus status);

    long countByProtocolId(long protocolId);

    List<TreatmentPlan> findByPatientIdOrderByCreatedAtDesc(long patientId);
}
