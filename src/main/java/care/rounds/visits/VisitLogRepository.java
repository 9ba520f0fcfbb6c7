package care.rounds.visits;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface VisitLogRepository extends JpaRepository<VisitLogEntry, Long> {

    List<VisitLogEntry> findByVisitIdInOrderByRecordedAt(Collection<Long> visitIds);
}
