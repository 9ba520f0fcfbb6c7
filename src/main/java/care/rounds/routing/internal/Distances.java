package care.rounds.routing.internal;

import java.util.Locale;

/** Distances in the words the coordinator reads: "450 m", "1.9 km". */
public final class Distances {

    private Distances() {
    }

    public static String inWords(double meters) {
        if (meters < 1000) {
            return Math.round(meters) + " m";
        }
        return String.format(Locale.ROOT, meters < 10_000 ? "%.1f km" : "%.0f km", meters / 1000);
    }
}
