package care.rounds.routing.address;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one way addresses and typed text are normalised for one country's map: lower case, no accents,
 * no punctuation, and that country's street abbreviations written out, so that "S High St" on a US map
 * and "south high street" typed find each other, and "R. Dr. António Cândido" on a Portuguese map is
 * found by "rua doutor antonio candido". Abbreviations belong to a country: on a Portuguese map "e" is
 * the word "and" and "Dr." is "Doutor", never "east" and "drive".
 */
final class AddressNames {

    static final AddressNames US = new AddressNames("US", Map.ofEntries(
            Map.entry("n", "north"), Map.entry("s", "south"), Map.entry("e", "east"), Map.entry("w", "west"),
            Map.entry("ne", "northeast"), Map.entry("nw", "northwest"), Map.entry("se", "southeast"),
            Map.entry("sw", "southwest"), Map.entry("st", "street"), Map.entry("ave", "avenue"),
            Map.entry("av", "avenue"), Map.entry("rd", "road"), Map.entry("dr", "drive"), Map.entry("ln", "lane"),
            Map.entry("ct", "court"), Map.entry("pl", "place"), Map.entry("blvd", "boulevard"),
            Map.entry("pkwy", "parkway"), Map.entry("hwy", "highway"), Map.entry("cir", "circle"),
            Map.entry("ter", "terrace"), Map.entry("sq", "square"), Map.entry("trl", "trail"),
            Map.entry("apt", "apartment"), Map.entry("ste", "suite")),
            Map.of("st", "saint", "mt", "mount", "ft", "fort"));

    static final AddressNames PORTUGAL = new AddressNames("PT", Map.ofEntries(
            Map.entry("r", "rua"), Map.entry("av", "avenida"), Map.entry("avda", "avenida"),
            Map.entry("dr", "doutor"), Map.entry("dra", "doutora"), Map.entry("eng", "engenheiro"),
            Map.entry("prof", "professor"), Map.entry("sta", "santa"), Map.entry("sto", "santo"),
            Map.entry("pc", "praca"), Map.entry("pca", "praca"), Map.entry("lg", "largo"),
            Map.entry("tv", "travessa"), Map.entry("trav", "travessa"), Map.entry("estr", "estrada"),
            Map.entry("al", "alameda"), Map.entry("cc", "calcada"), Map.entry("bc", "beco"),
            Map.entry("gen", "general"), Map.entry("cap", "capitao"), Map.entry("cel", "coronel"),
            Map.entry("d", "dom"), Map.entry("n", "numero"), Map.entry("esq", "esquerdo"), Map.entry("dto", "direito")),
            Map.of("s", "sao", "sr", "senhor", "sra", "senhora"));

    private final String country;
    private final Map<String, String> abbreviations;
    /** Other meanings a typed abbreviation may have ("St Charles" is Saint Charles, not Street Charles). */
    private final Map<String, String> alsoTypedFor;

    private AddressNames(String country, Map<String, String> abbreviations, Map<String, String> alsoTypedFor) {
        this.country = country;
        this.abbreviations = abbreviations;
        this.alsoTypedFor = alsoTypedFor;
    }

    /** The names of a country's map by its ISO code; countries without their own list use the US one. */
    static AddressNames of(String country) {
        return "PT".equalsIgnoreCase(country) ? PORTUGAL : US;
    }

    String country() {
        return country;
    }

    /** Whether house numbers come after the street in this country's addresses ("Rua X 12"). */
    boolean numberAfterStreet() {
        return this == PORTUGAL;
    }

    /** The text stored for searching: written out in full. */
    String searchText(String label) {
        return Arrays.stream(plain(label).split(" "))
                .map(word -> abbreviations.getOrDefault(word, word))
                .collect(Collectors.joining(" "));
    }

    /**
     * The typed words, each with the alternatives it may stand for: "ne" is "northeast" or the start
     * of "newton"; the last word may be half typed, so the word itself always stays an alternative.
     */
    List<List<String>> typedWords(String typed) {
        String text = plain(typed);
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(" "))
                .map(word -> java.util.stream.Stream.of(word, abbreviations.get(word), alsoTypedFor.get(word))
                        .filter(java.util.Objects::nonNull).toList())
                .toList();
    }

    /** A house's label as written in this country: "410 Edgewood Ave, Atlanta 30312" or "Rua X 12, 4000-447 Porto". */
    String label(String houseNumber, String street, String unit, String city, String postcode) {
        StringBuilder label = new StringBuilder();
        if (houseNumber.isEmpty()) {
            label.append(street);
        } else if (numberAfterStreet()) {
            label.append(street).append(' ').append(houseNumber);
        } else {
            label.append(houseNumber).append(' ').append(street);
        }
        if (!unit.isEmpty()) {
            label.append(", ").append(unit);
        }
        String town = numberAfterStreet() ? join(postcode, city) : join(city, postcode);
        if (!town.isEmpty()) {
            label.append(", ").append(town);
        }
        return label.toString();
    }

    static String plain(String text) {
        String withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]+", " ").trim();
    }

    private static String join(String first, String second) {
        return (first + " " + second).trim();
    }
}
