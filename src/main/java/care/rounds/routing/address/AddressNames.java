package care.rounds.routing.address;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one way addresses and typed text are normalised: lower case, no accents, no punctuation, and
 * the usual US street abbreviations written out, so that "S High St" on the map and "south high
 * street" typed find each other, and so do "Edgewood Ave NE" typed and "Edgewood Avenue Northeast".
 */
final class AddressNames {

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("n", "north"), Map.entry("s", "south"), Map.entry("e", "east"), Map.entry("w", "west"),
            Map.entry("ne", "northeast"), Map.entry("nw", "northwest"), Map.entry("se", "southeast"),
            Map.entry("sw", "southwest"), Map.entry("st", "street"), Map.entry("ave", "avenue"),
            Map.entry("av", "avenue"), Map.entry("rd", "road"), Map.entry("dr", "drive"), Map.entry("ln", "lane"),
            Map.entry("ct", "court"), Map.entry("pl", "place"), Map.entry("blvd", "boulevard"),
            Map.entry("pkwy", "parkway"), Map.entry("hwy", "highway"), Map.entry("cir", "circle"),
            Map.entry("ter", "terrace"), Map.entry("sq", "square"), Map.entry("trl", "trail"));

    private AddressNames() {
    }

    /** The text stored for searching: written out in full. */
    static String searchText(String label) {
        return Arrays.stream(plain(label).split(" "))
                .map(word -> ABBREVIATIONS.getOrDefault(word, word))
                .collect(Collectors.joining(" "));
    }

    /**
     * The typed words, each with the alternatives it may stand for: "ne" is "northeast" or the start
     * of "newton"; the last word may be half typed, so the word itself always stays an alternative.
     */
    static List<List<String>> typedWords(String typed) {
        String text = plain(typed);
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(" "))
                .map(word -> ABBREVIATIONS.containsKey(word) ? List.of(word, ABBREVIATIONS.get(word)) : List.of(word))
                .toList();
    }

    private static String plain(String text) {
        String withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]+", " ").trim();
    }
}
