package care.rounds.routing;

/**
 * One drive from a location to another.
 *
 * @param seconds   driving time; {@code NaN} when not reachable
 * @param meters    driving distance; {@code NaN} when not reachable
 * @param reachable false when no road connects the two locations on the loaded map
 * @param estimate  true when this is a straight-line estimate because no map is loaded
 */
public record Leg(double seconds, double meters, boolean reachable, boolean estimate) {

    public static Leg unreachable() {
        return new Leg(Double.NaN, Double.NaN, false, false);
    }

    public double minutes() {
        return seconds / 60;
    }
}
