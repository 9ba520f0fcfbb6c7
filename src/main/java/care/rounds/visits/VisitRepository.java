package care.rounds.visits;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

interface VisitRepository extends JpaRepository<InfusionVisit, Long> {

    String FILTER = """
            from InfusionVisit v
            where v.earliestStart < :until and v.latestStart >= :from
              and (:clinicianId is null or v.clinician.id = :clinicianId)
              and v.status in :statuses
              and (:text = '' or lower(v.plan.patient.fullName) like lower(concat('%', :text, '%')))
            """;

    @Query("select v " + FILTER)
    Page<InfusionVisit> search(Instant from, Instant until, Long clinicianId, Collection<VisitStatus> statuses,
                               String text, Pageable pageable);

    @Query("select count(v) " + FILTER)
    long countSearch(Instant from, Instant until, Long clinicianId, Collection<VisitStatus> statuses, String text);

    @Query("select v from InfusionVisit v where v.earliestStart < :until and v.latestStart >= :from order by v.earliestStart")
    List<InfusionVisit> inHorizon(Instant from, Instant until);

    List<InfusionVisit> findByPlanIdOrderBySequenceNumber(long planId);

    List<InfusionVisit> findByEndedEarlyNotNullAndPlannedStartBetweenOrderByPlannedStart(Instant from, Instant until);

    /** Visits whose patient was told a start in this range, or that are planned in it now. */
    @Query("""
            select v from InfusionVisit v
            where v.toldStart is not null
              and ((v.toldStart >= :from and v.toldStart < :until)
                   or (v.plannedStart >= :from and v.plannedStart < :until))
            order by v.toldStart, v.id
            """)
    List<InfusionVisit> toldOrPlannedIn(Instant from, Instant until);

    /** Every visit of the patient's plans, in the order they come. */
    @Query("select v from InfusionVisit v where v.plan.patient.id = :patientId order by coalesce(v.plannedStart, v.earliestStart), v.id")
    List<InfusionVisit> ofPatient(long patientId);

    List<InfusionVisit> findByPlanIdInOrderByPlanIdAscSequenceNumberAsc(Collection<Long> planIds);

    /** Open visits pinned in this range, and visits flagged by a rule check planned or told in it. */
    @Query("""
            select v from InfusionVisit v
            where v.status in (care.rounds.visits.VisitStatus.SCHEDULED, care.rounds.visits.VisitStatus.UNSCHEDULED)
              and ((v.pinned = true and v.plannedStart >= :from and v.plannedStart < :until)
                   or (v.ruleFlag is not null and ((v.plannedStart >= :from and v.plannedStart < :until)
                                                   or (v.toldStart >= :from and v.toldStart < :until))))
            order by v.plannedStart, v.id
            """)
    List<InfusionVisit> pinnedOrFlaggedIn(Instant from, Instant until);
}
