package care.rounds.planning;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import care.rounds.clinicians.Credential;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One clinician's working day: she leaves her home base at {@link #getStart() start}, drives to
 * each visit of {@link #getVisits() visits} in order, and drives home, which must happen by
 * {@link #getEnd() end} plus the allowed overtime. The list is the solver's genuine variable.
 * <p>
 * Pinning: the first {@link #getPinnedVisitCount()} visits (already started, or inside the freeze
 * window) are fixed by {@link PlanningPinToIndex}; the solver cannot move or reorder them, so
 * "pinned visits stay" is structural, not a scored constraint.
 * <p>
 * Build one with {@code new Shift(id, clinicianId, homeLocation, start, end)} and the
 * {@code with...} methods.
 */
@PlanningEntity
public class Shift {

    @PlanningId
    private String id;
    private long clinicianId;
    private String clinicianName;
    private String credential;
    private boolean supervisesRns;
    private Set<String> licensedStates = Set.of();
    private int homeLocation;
    private LocalDate day;
    private long start;
    private long end;
    private long allowedOvertime;
    private int doseKits = Integer.MAX_VALUE;
    private TravelTimeMatrix travelTimes;

    @PlanningPinToIndex
    private int pinnedVisitCount;

    @PlanningListVariable(allowsUnassignedValues = true)
    private List<Visit> visits = new ArrayList<>();

    /** For Timefold's cloning. */
    public Shift() {
    }

    /** @param start and end are epoch seconds on the model's clock */
    public Shift(String id, long clinicianId, int homeLocation, long start, long end) {
        this.id = id;
        this.clinicianId = clinicianId;
        this.homeLocation = homeLocation;
        this.start = start;
        this.end = end;
    }

    public Shift(String id, long clinicianId, int homeLocation, Instant start, Instant end) {
        this(id, clinicianId, homeLocation, start.getEpochSecond(), end.getEpochSecond());
    }

    public Shift withClinicianName(String name) {
        this.clinicianName = name;
        return this;
    }

    /** The clinician's credential code, e.g. RN, CRNA, NP, MD. */
    public Shift withCredential(String credential) {
        this.credential = credential;
        this.supervisesRns = Arrays.stream(Credential.values())
                .anyMatch(known -> known.name().equals(credential) && known.supervisesRns());
        return this;
    }

    public Shift withLicensedStates(Set<String> states) {
        this.licensedStates = Set.copyOf(states);
        return this;
    }

    public Shift withDay(LocalDate day) {
        this.day = day;
        return this;
    }

    public Shift withAllowedOvertime(Duration overtime) {
        return withAllowedOvertime(overtime.toSeconds());
    }

    public Shift withAllowedOvertime(long seconds) {
        this.allowedOvertime = seconds;
        return this;
    }

    public Shift withDoseKits(int kits) {
        this.doseKits = kits;
        return this;
    }

    /** Visits already in the list that must stay where they are (started or inside the freeze window). */
    public Shift withPinnedVisits(List<Visit> pinned) {
        return withPinnedVisits(pinned, true);
    }

    /**
     * Visits already in the day's list, in order; pinned or not (a plan as it stands, for asking where
     * a new visit fits, places visits without pinning them).
     */
    public Shift withPinnedVisits(List<Visit> placed, boolean pinned) {
        this.visits = new ArrayList<>(placed);
        this.pinnedVisitCount = pinned ? placed.size() : 0;
        return this;
    }

    /** Set by {@link InfusionSchedule}; every shift of one problem shares the problem's matrix. */
    void useTravelTimes(TravelTimeMatrix travelTimes) {
        this.travelTimes = travelTimes;
    }

    public long travelSeconds(int from, int to) {
        return travelTimes.seconds(from, to);
    }

    /** Where the clinician is when the day ends: back home, after the last visit. */
    public long getDayEnd() {
        if (visits.isEmpty()) {
            return start;
        }
        Visit last = visits.get(visits.size() - 1);
        return last.getEnd() + travelTimes.seconds(last.getLocation(), homeLocation);
    }

    /** Seconds the day ends after the shift's end, allowed overtime or not. */
    public long getOvertimeSeconds() {
        return Math.max(0, getDayEnd() - end);
    }

    /** Seconds the day ends after the shift's end plus the allowed overtime. */
    public long getOverrunSeconds() {
        return Math.max(0, getDayEnd() - end - allowedOvertime);
    }

    public long getDriveSeconds() {
        long total = 0;
        int from = homeLocation;
        for (Visit visit : visits) {
            total += travelTimes.seconds(from, visit.getLocation());
            from = visit.getLocation();
        }
        return visits.isEmpty() ? 0 : total + travelTimes.seconds(from, homeLocation);
    }

    public long getDriveMeters() {
        long total = 0;
        int from = homeLocation;
        for (Visit visit : visits) {
            total += travelTimes.meters(from, visit.getLocation());
            from = visit.getLocation();
        }
        return visits.isEmpty() ? 0 : total + travelTimes.meters(from, homeLocation);
    }

    /** Legs of the day's drive (home, visits, home) with no road. */
    public int getUnreachableLegs() {
        if (visits.isEmpty()) {
            return 0;
        }
        int count = 0;
        int from = homeLocation;
        for (Visit visit : visits) {
            count += travelTimes.reachable(from, visit.getLocation()) ? 0 : 1;
            from = visit.getLocation();
        }
        return count + (travelTimes.reachable(from, homeLocation) ? 0 : 1);
    }

    public int getUsedDoseKits() {
        int total = 0;
        for (Visit visit : visits) {
            total += visit.getDoseKits();
        }
        return total;
    }

    /** Seconds at patients' homes, the load the fair-workload constraint balances. */
    public long getVisitSeconds() {
        long total = 0;
        for (Visit visit : visits) {
            total += visit.getDuration();
        }
        return total;
    }

    public boolean isRegisteredNurse() {
        return "RN".equals(credential);
    }

    /**
     * A physician or nurse practitioner on duty for the whole of another clinician's visit: she can be reached
     * (by phone, and come if needed) from the visit's start to the end of its monitoring.
     */
    public boolean canSupervise(Visit visit) {
        return supervisesRns && visit.getShift() != null
                && visit.getShift().getClinicianId() != clinicianId
                && start <= visit.getStart() && visit.getEnd() <= end;
    }

    public String getId() {
        return id;
    }

    public long getClinicianId() {
        return clinicianId;
    }

    public String getClinicianName() {
        return clinicianName;
    }

    public String getCredential() {
        return credential;
    }

    public Set<String> getLicensedStates() {
        return licensedStates;
    }

    public int getHomeLocation() {
        return homeLocation;
    }

    public LocalDate getDay() {
        return day;
    }

    public long getStart() {
        return start;
    }

    public long getEnd() {
        return end;
    }

    public long getAllowedOvertime() {
        return allowedOvertime;
    }

    public int getDoseKits() {
        return doseKits;
    }

    public TravelTimeMatrix getTravelTimes() {
        return travelTimes;
    }

    public int getPinnedVisitCount() {
        return pinnedVisitCount;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public void setVisits(List<Visit> visits) {
        this.visits = visits;
    }

    @Override
    public String toString() {
        return id;
    }
}
