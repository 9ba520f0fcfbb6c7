package care.rounds.base;

import java.util.Arrays;
import java.util.List;

/**
 * Two-letter codes of the US states and DC, where patients live and clinicians hold licences.
 */
public final class UsState {

    public static final List<String> CODES = List.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
            "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
            "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
            "VT", "VA", "WA", "WV", "WI", "WY");

    private UsState() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    public static List<String> sorted() {
        return Arrays.stream(CODES.toArray(String[]::new)).sorted().toList();
    }
}
