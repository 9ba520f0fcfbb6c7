package care.rounds.routing.address;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a user typed, with the house number told apart: before the street ("410 Edgewood Ave NE") or
 * after it ("Edgewood Ave NE 410", "Rua de Santa Catarina 120, Porto"), always in the part before the
 * first comma, so a postcode after the comma is never taken for a house number.
 *
 * @param number         the house number typed, empty when none
 * @param withoutNumber  the text with that number taken out
 */
record TypedAddress(String number, String withoutNumber) {

    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\d{1,6}[A-Za-z]?");

    static TypedAddress of(String typed) {
        String text = typed.strip();
        int comma = text.indexOf(',');
        String first = comma < 0 ? text : text.substring(0, comma);
        String rest = comma < 0 ? "" : text.substring(comma);
        List<String> words = Arrays.asList(first.strip().split("\\s+"));
        if (words.size() < 2) {
            return new TypedAddress("", text);
        }
        if (HOUSE_NUMBER.matcher(words.get(0)).matches()) {
            return new TypedAddress(words.get(0), String.join(" ", words.subList(1, words.size())) + rest);
        }
        // after the street: the first number that follows a word, as in "Av da Liberdade 2 Maia"
        for (int i = 1; i < words.size(); i++) {
            if (HOUSE_NUMBER.matcher(words.get(i)).matches()) {
                List<String> others = new java.util.ArrayList<>(words);
                others.remove(i);
                return new TypedAddress(words.get(i), String.join(" ", others) + rest);
            }
        }
        return new TypedAddress("", text);
    }

    boolean hasNumber() {
        return !number.isEmpty();
    }
}
