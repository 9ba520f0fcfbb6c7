package care.rounds.visits;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface VisitChangeRepository extends JpaRepository<VisitChange, Long> {

    List<VisitChange> findByVisitIdOrderByChangedAtDescIdDesc(long visitId);

    List<VisitChange> findByVisitIdInAndStatusNotNullOrderByChangedAtAscIdAsc(Collection<Long> visitIds);

    List<VisitChange> findByPlannerRunId(long plannerRunId);
}
