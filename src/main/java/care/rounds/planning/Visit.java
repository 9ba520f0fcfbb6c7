package care.rounds.planning;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * One infusion at a patient's home, as the planner sees it. Times are epoch seconds on the model's
 * clock; the location is an index into the problem's {@link TravelTimeMatrix}.
 * <p>
 * Modelling decision: {@link #getArrival() arrival} is the only declarative shadow variable. The
 * start (arrival, or the window's opening if the clinician is early: she waits) and the end
 * (start plus duration) follow from it in plain getters, so the solver keeps one chain of values
 * up to date along a route instead of three, which matters at millions of moves.
 * <p>
 * A visit is a planning entity only for its shadow variables; the genuine variable is the list on
 * {@link Shift}. Build one with the constructor and the {@code with...} methods, e.g.
 * {@code new Visit("v7", patientId, location, earliest, latest, Duration.ofMinutes(100)).withPlan(planId, 3)}.
 */
@PlanningEntity
public class Visit {

    @PlanningId
    private String id;
    private long patientId;
    private int location;
    private long earliestStart;
    private long latestStart;
    private long duration;

    private long planId;
    private int sequence = 1;
    private VisitPriority priority = VisitPriority.FIRST_OF_SERIES;
    private long minSecondsAfterPrevious;
    private long maxSecondsAfterPrevious = Long.MAX_VALUE;
    private Long previousGivenStart;

    private Set<String> allowedCredentials = Set.of();
    private String patientState;
    private int doseKits = 1;
    private boolean pinned;
    private Long toldClinicianId;
    private Long toldStart;
    private long toldToleranceSeconds;
    private Long preferredClinicianId;
    private long preferredFrom = Long.MIN_VALUE;
    private long preferredTo = Long.MAX_VALUE;

    @InverseRelationShadowVariable(sourceVariableName = "visits")
    private Shift shift;
    @PreviousElementShadowVariable(sourceVariableName = "visits")
    private Visit previous;
    @ShadowVariable(supplierName = "arrivalSupplier")
    private Long arrival;

    /** For Timefold's cloning. */
    public Visit() {
    }

    /**
     * @param earliestStart epoch seconds: the infusion may not start before
     * @param latestStart   epoch seconds: the infusion must start by then (hard)
     * @param duration      seconds of the clinician's time at the home, from vitals to the end of monitoring
     */
    public Visit(String id, long patientId, int location, long earliestStart, long latestStart, long duration) {
        this.id = id;
        this.patientId = patientId;
        this.location = location;
        this.earliestStart = earliestStart;
        this.latestStart = latestStart;
        this.duration = duration;
    }

    public Visit(String id, long patientId, int location, Instant earliestStart, Instant latestStart, Duration duration) {
        this(id, patientId, location, earliestStart.getEpochSecond(), latestStart.getEpochSecond(), duration.toSeconds());
    }

    /**
     * Which treatment plan (ids from 1; 0 means no plan), and which infusion of it (from 1); the
     * priority follows from the plan's last infusion already given (0 if none).
     */
    public Visit withPlan(long planId, int sequence, int lastGivenSequence) {
        this.planId = planId;
        this.sequence = sequence;
        this.priority = VisitPriority.of(sequence, lastGivenSequence);
        return this;
    }

    /** The plan's rule for the gap to the previous infusion of the same plan (start to start). */
    public Visit withGapToPrevious(Duration min, Duration max) {
        this.minSecondsAfterPrevious = min.toSeconds();
        this.maxSecondsAfterPrevious = max.toSeconds();
        return this;
    }

    /** When the previous infusion of the plan was already given (it is not in the problem any more). */
    public Visit withPreviousGivenStart(Instant start) {
        this.previousGivenStart = start == null ? null : start.getEpochSecond();
        return this;
    }

    public Visit withAllowedCredentials(Set<String> credentials) {
        this.allowedCredentials = Set.copyOf(credentials);
        return this;
    }

    public Visit withPatientState(String state) {
        this.patientState = state;
        return this;
    }

    public Visit withDoseKits(int kits) {
        this.doseKits = kits;
        return this;
    }

    public Visit withPinned(boolean pinned) {
        this.pinned = pinned;
        return this;
    }

    /**
     * What the patient was told: this clinician, starting then; a start within {@code tolerance} of it
     * still keeps the promise.
     */
    public Visit withTold(Long clinicianId, Instant start, Duration tolerance) {
        this.toldClinicianId = clinicianId;
        this.toldStart = start == null ? null : start.getEpochSecond();
        this.toldToleranceSeconds = tolerance.toSeconds();
        return this;
    }

    public boolean wasTold() {
        return toldStart != null;
    }

    /**
     * The patient was told a clinician and time, and this plan breaks it: another clinician, a start moved
     * beyond the tolerance, or no place at all.
     */
    public boolean movedFromTold() {
        if (toldStart == null) {
            return false;
        }
        if (!isAssigned()) {
            return true;
        }
        return !java.util.Objects.equals(toldClinicianId, shift.getClinicianId())
                || Math.abs(getStart() - toldStart) > toldToleranceSeconds;
    }

    /**
     * The latest start on this shift that keeps what the patient was told: the told start plus the
     * tolerance when the shift is the told clinician's, otherwise the window's latest start (the promise
     * is broken by the clinician already, or there is none).
     */
    public long latestStartKeepingPromise(Shift on) {
        if (toldStart == null || on == null || !java.util.Objects.equals(toldClinicianId, on.getClinicianId())) {
            return latestStart;
        }
        return Math.min(latestStart, toldStart + toldToleranceSeconds);
    }

    public Visit withPreferredClinician(Long clinicianId) {
        this.preferredClinicianId = clinicianId;
        return this;
    }

    /** The patient's preferred start, e.g. "mornings": epoch seconds of that day. */
    public Visit withPreferredStart(long from, long to) {
        this.preferredFrom = from;
        this.preferredTo = to;
        return this;
    }

    public Visit withPreferredStart(Instant from, Instant to) {
        return withPreferredStart(from.getEpochSecond(), to.getEpochSecond());
    }

    /**
     * Another window, for trying a manual move on a copy of the plan ({@link MovePreview}): the visit
     * starts no earlier than {@code earliest} and is late after {@code latest}.
     */
    void moveWindow(long earliest, long latest) {
        this.earliestStart = earliest;
        this.latestStart = latest;
    }

    public Visit withPriority(VisitPriority priority) {
        this.priority = priority;
        return this;
    }

    @ShadowSources({"shift", "previous.arrival"})
    public Long arrivalSupplier() {
        if (shift == null) {
            return null;
        }
        if (previous == null) {
            return shift.getStart() + shift.travelSeconds(shift.getHomeLocation(), location);
        }
        Long previousArrival = previous.getArrival();
        if (previousArrival == null) {
            return null;
        }
        return previous.endIfArrivingAt(previousArrival) + shift.travelSeconds(previous.getLocation(), location);
    }

    long endIfArrivingAt(long arrivalTime) {
        return Math.max(arrivalTime, earliestStart) + duration;
    }

    public boolean isAssigned() {
        return shift != null && arrival != null;
    }

    /** Start of the infusion: arrival, or the window's opening if the clinician arrives early. */
    public long getStart() {
        return Math.max(arrival, earliestStart);
    }

    public long getEnd() {
        return getStart() + duration;
    }

    /** Seconds the infusion starts after the latest allowed start; 0 if on time. */
    public long lateSeconds() {
        return Math.max(0, getStart() - latestStart);
    }

    /** Seconds of the start outside the patient's preferred time; 0 if inside or none given. */
    public long secondsOutsidePreferredTime() {
        long start = getStart();
        if (start < preferredFrom) {
            return preferredFrom - start;
        }
        return start > preferredTo ? start - preferredTo : 0;
    }

    public Instant startInstant() {
        return Instant.ofEpochSecond(getStart());
    }

    public Instant arrivalInstant() {
        return Instant.ofEpochSecond(arrival);
    }

    public Instant endInstant() {
        return Instant.ofEpochSecond(getEnd());
    }

    public String getId() {
        return id;
    }

    public long getPatientId() {
        return patientId;
    }

    public int getLocation() {
        return location;
    }

    public long getEarliestStart() {
        return earliestStart;
    }

    public long getLatestStart() {
        return latestStart;
    }

    public long getDuration() {
        return duration;
    }

    public long getPlanId() {
        return planId;
    }

    public int getSequence() {
        return sequence;
    }

    public VisitPriority getPriority() {
        return priority;
    }

    public long getMinSecondsAfterPrevious() {
        return minSecondsAfterPrevious;
    }

    public long getMaxSecondsAfterPrevious() {
        return maxSecondsAfterPrevious;
    }

    public Long getPreviousGivenStart() {
        return previousGivenStart;
    }

    public Set<String> getAllowedCredentials() {
        return allowedCredentials;
    }

    public String getPatientState() {
        return patientState;
    }

    public int getDoseKits() {
        return doseKits;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Long getPreferredClinicianId() {
        return preferredClinicianId;
    }

    public Shift getShift() {
        return shift;
    }

    public void setShift(Shift shift) {
        this.shift = shift;
    }

    public Visit getPrevious() {
        return previous;
    }

    public void setPrevious(Visit previous) {
        this.previous = previous;
    }

    public Long getArrival() {
        return arrival;
    }

    public void setArrival(Long arrival) {
        this.arrival = arrival;
    }

    @Override
    public String toString() {
        return id;
    }
}
