package care.rounds.base;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A home's postal address as the patient gives it. Parts that are not known are empty, never null.
 * {@link #label()} is the one way it is written on every screen, the clinician's phone and the
 * calendar feed: "410 Edgewood Avenue Northeast, Apt 2, Atlanta, GA 30312".
 */
public record PostalAddress(String houseNumber, String street, String unit, String city, String state,
                            String postalCode) {

    public static final PostalAddress EMPTY = new PostalAddress("", "", "", "", "", "");
    public static final String ZIP_PATTERN = "^$|^\\d{5}(-\\d{4})?$";

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+[A-Za-z]?(?:-\\d+)?)\\s+(.+)$");
    private static final Pattern STATE_AND_ZIP = Pattern.compile("^([A-Za-z]{2})?\\s*(\\d{5}(?:-\\d{4})?)?$");
    private static final Pattern TRAILING_ZIP = Pattern.compile("^(.*?)\\s*(\\d{5}(?:-\\d{4})?)$");

    public PostalAddress {
        houseNumber = clean(houseNumber);
        street = clean(street);
        unit = clean(unit);
        city = clean(city);
        state = clean(state).toUpperCase(java.util.Locale.ROOT);
        postalCode = clean(postalCode);
    }

    public String label() {
        List<String> parts = new ArrayList<>();
        String line = (houseNumber + " " + street).strip();
        if (!line.isEmpty()) {
            parts.add(line);
        }
        if (!unit.isEmpty()) {
            parts.add(unit);
        }
        if (!city.isEmpty()) {
            parts.add(city);
        }
        String stateAndZip = (state + " " + postalCode).strip();
        if (!stateAndZip.isEmpty()) {
            parts.add(stateAndZip);
        }
        return String.join(", ", parts);
    }

    public boolean isEmpty() {
        return label().isEmpty();
    }

    public PostalAddress withState(String newState) {
        return new PostalAddress(houseNumber, street, unit, city, newState, postalCode);
    }

    /**
     * Best effort for an address written on one line ("100 Peachtree St NW, Atlanta, GA 30303"):
     * the number before the street, then the city, then state and ZIP. What cannot be told apart
     * stays in the street, so nothing typed is lost.
     */
    public static PostalAddress parse(String line) {
        if (line == null || line.isBlank()) {
            return EMPTY;
        }
        String[] pieces = line.strip().split("\\s*,\\s*");
        String number = "";
        String street = pieces[0];
        Matcher numbered = LEADING_NUMBER.matcher(street);
        if (numbered.matches()) {
            number = numbered.group(1);
            street = numbered.group(2);
        }
        String unit = "";
        String city = "";
        String state = "";
        String zip = "";
        List<String> rest = new ArrayList<>(List.of(pieces).subList(1, pieces.length));
        if (!rest.isEmpty()) {
            Matcher tail = STATE_AND_ZIP.matcher(rest.get(rest.size() - 1));
            if (rest.size() > 1 && tail.matches() && (tail.group(1) != null || tail.group(2) != null)) {
                state = tail.group(1) == null ? "" : tail.group(1);
                zip = tail.group(2) == null ? "" : tail.group(2);
                rest.remove(rest.size() - 1);
            }
        }
        if (!rest.isEmpty()) {
            city = rest.remove(rest.size() - 1);
            Matcher cityZip = TRAILING_ZIP.matcher(city);
            if (zip.isEmpty() && cityZip.matches()) {
                city = cityZip.group(1);
                zip = cityZip.group(2);
            }
        }
        if (!rest.isEmpty()) {
            unit = String.join(", ", rest);
        }
        return new PostalAddress(number, street, unit, city, state, zip);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
