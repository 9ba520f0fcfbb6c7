package care.rounds.planning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the clinic plans (settings {@code rounds.planning.*}).
 *
 * @param horizonDays          how many days one planning run covers
 * @param freezeMinutes        visits starting within this many minutes from now are pinned
 * @param allowedOvertimeMinutes how far a day may run past the shift's end (hard beyond that)
 * @param trafficBufferPercent added to free-flow road times for traffic
 * @param parkingMinutes       added to every drive for parking and walking to the door
 */
@ConfigurationProperties("rounds.planning")
public record PlanningSettings(@DefaultValue("14") int horizonDays,
                               @DefaultValue("60") int freezeMinutes,
                               @DefaultValue("30") int allowedOvertimeMinutes,
                               @DefaultValue("15") int trafficBufferPercent,
                               @DefaultValue("5") int parkingMinutes) {

    /** How far ahead from now the plan is kept as it is. */
    public java.time.Duration frozen() {
        return java.time.Duration.ofMinutes(freezeMinutes);
    }
}
