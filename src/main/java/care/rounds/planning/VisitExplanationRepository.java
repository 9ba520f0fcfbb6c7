package care.rounds.planning;

import org.springframework.data.jpa.repository.JpaRepository;

interface VisitExplanationRepository extends JpaRepository<VisitExplanation, Long> {
}
