package care.rounds.base.ui;

import care.rounds.base.AddressSearchUnavailableException;
import care.rounds.base.Place;
import com.vaadin.flow.component.combobox.ComboBox;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Search-as-you-type address entry. Suggestions come from the loaded road map (and a geocoder, where
 * one is configured); a typed address that is not a suggestion is looked up too, keeping what the
 * user typed (house numbers included) and placing it on the street found.
 */
public class AddressField extends ComboBox<Place> {

    private final BiFunction<String, Integer, List<Place>> search;
    /** Why the last look-up found nothing, when it was not that nothing matches: the search service was down. */
    private String searchTrouble = "";

    /**
     * @param search finds places for a text, at most the given number, best first
     */
    public AddressField(String label, BiFunction<String, Integer, List<Place>> search) {
        super(label);
        this.search = search;
        setItemLabelGenerator(Place::address);
        setItems(query -> {
            String text = query.getFilter().orElse("").strip();
            List<Place> found = text.length() < 2 ? List.of() : suggestions(text, 10);
            return found.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        setAllowCustomValue(true);
        addCustomValueSetListener(e -> setValue(lookUp(e.getDetail())));
        setPlaceholder("Start typing a street");
        setHelperText("Pick a suggestion so the home is placed on a drivable road");
        setClearButtonVisible(true);
    }

    /**
     * The typed text, kept as typed, placed at the best match (a typed number the map does not know is
     * placed on its street), or unplaced when nothing matches.
     */
    Place lookUp(String typed) {
        String text = typed.strip();
        searchTrouble = "";
        List<Place> found = suggestions(text, 1);
        if (found.isEmpty()) {
            String withoutNumber = text.replaceFirst("^\\d+[A-Za-z]?\\s+", "");
            found = withoutNumber.equals(text) ? List.of() : suggestions(withoutNumber, 1);
        }
        if (found.isEmpty()) {
            return new Place(text, null);
        }
        Place best = found.get(0);
        return new Place(text, best.location(), best.postal(), best.onStreetOnly());
    }

    /**
     * Why the last typed address was not found when the reason is not that nothing matches (the search
     * service did not answer); empty otherwise.
     */
    public String searchTrouble() {
        return searchTrouble;
    }

    private List<Place> suggestions(String text, int limit) {
        try {
            return search.apply(text, limit);
        } catch (AddressSearchUnavailableException down) {
            searchTrouble = down.getMessage();
            return List.of();
        }
    }
}
