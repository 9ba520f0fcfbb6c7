package care.rounds.planning.clinic;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import care.rounds.base.ClinicTime;
import care.rounds.planning.InfusionSchedule;
import care.rounds.planning.PlanningConstraint;
import care.rounds.planning.ScheduleJustification;
import care.rounds.planning.Shift;
import care.rounds.planning.Visit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sentences a coordinator can act on: why a visit is unassigned ("no CRNA licensed in GA works on
 * Tuesday inside the patient's 9:00 AM-1:00 PM window"), or what its assignment costs. Built from the
 * solved schedule and Timefold's score analysis; no patient names, only what the screen adds itself.
 */
public class VisitExplainer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE MMM d", Locale.US);

    private final ClinicTime time;

    public VisitExplainer(ClinicTime time) {
        this.time = time;
    }

    /** One sentence or more per visit, by planning id. */
    public Map<String, String> explain(InfusionSchedule schedule, ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        Map<String, List<String>> costs = costsByVisit(analysis);
        Map<String, String> sentences = new LinkedHashMap<>();
        for (Visit visit : schedule.getVisits()) {
            sentences.put(visit.getId(), visit.getShift() == null
                    ? whyUnassigned(visit, schedule.getShifts())
                    : whatItCosts(visit, costs.getOrDefault(visit.getId(), List.of())));
        }
        return sentences;
    }

    String whyUnassigned(Visit visit, List<Shift> shifts) {
        Instant opens = Instant.ofEpochSecond(visit.getEarliestStart());
        String day = DAY.format(time.inClinicZone(opens));
        String window = time.time(opens) + "-" + time.time(Instant.ofEpochSecond(visit.getLatestStart() + visit.getDuration()));
        String who = credentials(visit.getAllowedCredentials());
        List<Shift> thatDay = shifts.stream().filter(s -> s.getDay() != null
                && s.getDay().equals(time.inClinicZone(opens).toLocalDate())).toList();
        if (thatDay.isEmpty()) {
            return "No clinician works on " + day + ".";
        }
        List<Shift> credentialed = thatDay.stream().filter(s -> visit.getAllowedCredentials().contains(s.getCredential())).toList();
        if (credentialed.isEmpty()) {
            return "No " + who + " works on " + day + ".";
        }
        List<Shift> licensed = credentialed.stream().filter(s -> s.getLicensedStates().contains(visit.getPatientState())).toList();
        String licensedText = who + " licensed in " + visit.getPatientState();
        if (licensed.isEmpty()) {
            return "No " + licensedText + " works on " + day + ".";
        }
        List<Shift> inWindow = licensed.stream().filter(s -> s.getStart() <= visit.getLatestStart()
                && s.getEnd() + s.getAllowedOvertime() >= visit.getEarliestStart() + visit.getDuration()).toList();
        if (inWindow.isEmpty()) {
            return "No " + licensedText + " works on " + day + " inside the patient's " + window + " window.";
        }
        String sentence = "Every " + licensedText + " working on " + day + " inside the patient's " + window
                + " window is fully booked (" + inWindow.size() + (inWindow.size() == 1 ? " clinician" : " clinicians") + ")";
        if (visit.getMaxSecondsAfterPrevious() > 0) {
            sentence += ", or the series' spacing of " + visit.getMinSecondsAfterPrevious() / 3600 + "-"
                    + visit.getMaxSecondsAfterPrevious() / 3600 + " h between infusions cannot be kept";
        }
        return sentence + ".";
    }

    String whatItCosts(Visit visit, List<String> penalties) {
        Shift shift = visit.getShift();
        long driveMinutes = Math.round(shift.travelSeconds(visit.getPrevious() == null ? shift.getHomeLocation()
                : visit.getPrevious().getLocation(), visit.getLocation()) / 60.0);
        String sentence = shift.getClinicianName() + " (" + shift.getCredential() + ") at "
                + time.time(visit.startInstant()) + ", " + driveMinutes + " min drive from "
                + (visit.getPrevious() == null ? "home base" : "the previous home") + ".";
        return penalties.isEmpty() ? sentence : sentence + " " + String.join(" ", penalties);
    }

    private static Map<String, List<String>> costsByVisit(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        Map<String, List<String>> costs = new HashMap<>();
        if (analysis == null) {
            return costs;
        }
        Set<String> perVisit = Set.of(PlanningConstraint.PREFERRED_CLINICIAN.constraintName(),
                PlanningConstraint.PREFERRED_TIME.constraintName(), PlanningConstraint.START_IN_WINDOW.constraintName(),
                PlanningConstraint.CREDENTIAL.constraintName(), PlanningConstraint.LICENCE.constraintName(),
                PlanningConstraint.MIN_GAP.constraintName(), PlanningConstraint.MAX_GAP.constraintName());
        analysis.constraintMap().values().forEach(constraint -> {
            if (!perVisit.contains(constraint.constraintRef().constraintName()) || constraint.matches() == null) {
                return;
            }
            constraint.matches().forEach(match -> {
                if (match.justification() instanceof ScheduleJustification why) {
                    why.visitIds().forEach(id -> costs.computeIfAbsent(id, k -> new ArrayList<>()).add(why.sentence()));
                }
            });
        });
        return costs;
    }

    private static String credentials(Set<String> allowed) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(allowed));
        if (sorted.size() == 1) {
            return sorted.get(0);
        }
        return String.join(", ", sorted.subList(0, sorted.size() - 1)) + " or " + sorted.get(sorted.size() - 1);
    }
}
