package care.rounds.planning;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

interface PlannerRunRepository extends JpaRepository<PlannerRun, Long> {

    /** Runs that planned this day, newest first. */
    @Query(value = """
            select * from planner_run
            where first_day <= :day and first_day + day_count > :day
            order by queued_at desc, id desc
            limit 5
            """, nativeQuery = true)
    List<PlannerRun> latestCovering(LocalDate day);

    @Modifying
    @Transactional
    @Query("""
            update PlannerRun r set r.state = care.rounds.planning.PlannerRun.State.INTERRUPTED, r.endedAt = :at,
              r.summary = 'Stopped when the application stopped; nothing of this run was saved.'
            where r.state in (care.rounds.planning.PlannerRun.State.QUEUED, care.rounds.planning.PlannerRun.State.RUNNING)
            """)
    int interruptUnfinished(Instant at);
}
