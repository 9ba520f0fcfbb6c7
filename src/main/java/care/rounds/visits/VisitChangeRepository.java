package care.rounds.visits;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface VisitChangeRepository extends JpaRepository<VisitChange, Long> {

    List<VisitChange> findByVisitIdOrderByChangedAtDescIdDesc(long visitId);
}
