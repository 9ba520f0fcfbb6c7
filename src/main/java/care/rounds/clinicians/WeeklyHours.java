package care.rounds.clinicians;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The hours a clinician works on one weekday, in the clinic's time zone.
 */
@Embeddable
public class WeeklyHours {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false)
    private DayOfWeek dayOfWeek;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    protected WeeklyHours() {
    }

    public WeeklyHours(DayOfWeek dayOfWeek, LocalTime startsAt, LocalTime endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("Working hours must end after they start.");
        }
        this.dayOfWeek = dayOfWeek;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public DayOfWeek dayOfWeek() {
        return dayOfWeek;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public LocalTime endsAt() {
        return endsAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyHours other && dayOfWeek == other.dayOfWeek
                && Objects.equals(startsAt, other.startsAt) && Objects.equals(endsAt, other.endsAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dayOfWeek, startsAt, endsAt);
    }
}
