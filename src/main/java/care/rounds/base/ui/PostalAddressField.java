package care.rounds.base.ui;

import care.rounds.base.Place;
import care.rounds.base.PostalAddress;
import care.rounds.base.UsState;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A full postal address (number, street, unit, city, state, ZIP) with its point on the road network.
 * <p>
 * The coordinator types the address as the patient says it, in the search box or straight into the
 * parts. Picking a search suggestion fills the parts the map knows and places the home; the parts stay
 * editable, and what was typed is never replaced by something the map did not find. The value's label
 * is always made from the parts, so every screen shows the same full address.
 */
public class PostalAddressField extends CustomField<Place> {

    public static final String STREET_AND_CITY = "Enter at least the street and the city.";
    public static final String ZIP = "Enter a ZIP code such as 30312 or 30312-1234, or leave it empty.";
    public static final String NOT_ON_MAP = "Not placed on the map yet: pick a suggestion in \"Find on the map\" "
            + "(the street is enough), then drag the pin to the door.";

    private final AddressField find;
    final TextField houseNumber = new TextField("Number");
    final TextField street = new TextField("Street");
    final TextField unit = new TextField("Apt / unit");
    final TextField city = new TextField("City");
    final ComboBox<String> state = new ComboBox<>("State", UsState.sorted());
    final TextField postalCode = new TextField("ZIP");
    private final Span message = new Span();
    private boolean filling;
    private boolean showsProblem;

    /**
     * @param search finds places for a text, at most the given number, best first
     */
    public PostalAddressField(String label, String idPrefix, BiFunction<String, Integer, List<Place>> search) {
        setLabel(label);
        find = new AddressField("Find on the map", search);
        find.setPlaceholder("Type the address as the patient says it, e.g. 410 Edgewood Ave NE");
        find.setHelperText("Pick a suggestion to place the home on the map and fill in the parts below");
        find.setId(idPrefix);
        houseNumber.setId(idPrefix + "-number");
        street.setId(idPrefix + "-street");
        unit.setId(idPrefix + "-unit");
        city.setId(idPrefix + "-city");
        state.setId(idPrefix + "-state");
        postalCode.setId(idPrefix + "-zip");
        message.setId(idPrefix + "-message");
        message.getStyle().set("font-size", "var(--lumo-font-size-s)").set("line-height", "var(--lumo-line-height-s)")
                .set("display", "block").set("margin", "var(--lumo-space-xs) 0");
        unit.setPlaceholder("Apt 2B");
        postalCode.setPlaceholder("30312");
        postalCode.setAllowedCharPattern("[0-9-]");
        postalCode.setMaxLength(10);
        houseNumber.setMaxLength(20);

        FormLayout parts = new FormLayout(houseNumber, street, unit, city, state, postalCode);
        // number and street, unit and city, state and ZIP: three rows that stay readable in a side panel
        parts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("360px", 4));
        parts.setColspan(houseNumber, 1);
        parts.setColspan(street, 3);
        parts.setColspan(unit, 1);
        parts.setColspan(city, 3);
        parts.setColspan(state, 2);
        parts.setColspan(postalCode, 2);
        VerticalLayout layout = new VerticalLayout(find, message, parts);
        layout.setPadding(false);
        layout.setSpacing(false);
        find.setWidthFull();
        add(layout);

        find.addValueChangeListener(e -> {
            if (!filling) {
                found(e.getValue());
            }
        });
        for (var part : List.of(houseNumber, street, unit, city, postalCode)) {
            part.addValueChangeListener(e -> partChanged());
        }
        state.addValueChangeListener(e -> partChanged());
    }

    public static boolean hasStreetAndCity(Place place) {
        return place.postal() != null && !place.postal().street().isEmpty() && !place.postal().city().isEmpty();
    }

    public static boolean hasValidZip(Place place) {
        return place.postal() == null || place.postal().postalCode().matches(PostalAddress.ZIP_PATTERN);
    }

    /** While the parts are being filled in from a value, the value must not change under it. */
    private void partChanged() {
        if (!filling) {
            updateValue();
        }
    }

    /** The search box, which the home's map moves when the pin is dragged. */
    public AddressField find() {
        return find;
    }

    public String message() {
        return message.getText();
    }

    /** A place chosen or looked up in the search box: fills the parts it knows and says what happened. */
    private void found(Place place) {
        if (place == null) {
            say("", false);
            updateValue();
            return;
        }
        filling = true;
        try {
            if (place.postal() != null) {
                fill(place.postal(), false);
            } else if (!place.isOnMap()) {
                // not on the map: the parts become what was typed, so the form never shows another address;
                // a city and state not typed stay (most homes are in the clinic's own city)
                PostalAddress typed = PostalAddress.parse(place.address());
                fill(new PostalAddress(typed.houseNumber(), typed.street(), typed.unit(),
                        typed.city().isEmpty() ? city.getValue() : typed.city(),
                        typed.state().isEmpty() ? state.getValue() : typed.state(), typed.postalCode()), true);
            }
        } finally {
            filling = false;
        }
        if (!place.isOnMap()) {
            String trouble = find.searchTrouble();
            say(trouble.isEmpty()
                    ? "No address on the map matches \"" + place.address() + "\". What you typed is kept: check the "
                    + "spelling, or type only the street and pick it from the suggestions."
                    : trouble + " None of them matches \"" + place.address() + "\". What you typed is kept: try "
                    + "again in a minute, or type only the street and pick it from the suggestions.", true);
        } else if (place.onStreetOnly() && place.postal() != null) {
            say("The map has no house " + place.postal().houseNumber() + " on " + place.postal().street()
                    + ": the home is placed on the street. Drag the pin to the door.", false);
        } else {
            say("", false);
        }
        updateValue();
    }

    /** Fills the parts from an address; with {@code everything} false, only the parts it knows. */
    private void fill(PostalAddress address, boolean everything) {
        set(houseNumber, address.houseNumber(), everything);
        set(street, address.street(), everything);
        set(unit, address.unit(), everything);
        set(city, address.city(), everything);
        set(postalCode, address.postalCode(), everything);
        if (everything || !address.state().isEmpty()) {
            state.setValue(address.state().isEmpty() ? null : address.state());
        }
    }

    private static void set(TextField field, String value, boolean everything) {
        if (everything || !value.isEmpty()) {
            field.setValue(value);
        }
    }

    private PostalAddress parts() {
        return new PostalAddress(houseNumber.getValue(), street.getValue(), unit.getValue(), city.getValue(),
                state.getValue(), postalCode.getValue());
    }

    @Override
    protected Place generateModelValue() {
        PostalAddress parts = parts();
        Place found = find.getValue();
        if (parts.isEmpty() && found == null) {
            return null;
        }
        return new Place(parts.label(), found == null ? null : found.location(), parts,
                found != null && found.onStreetOnly());
    }

    @Override
    protected void setPresentationValue(Place value) {
        filling = true;
        try {
            PostalAddress parts = value == null ? PostalAddress.EMPTY
                    : value.postal() != null ? value.postal() : PostalAddress.parse(value.address());
            fill(parts, true);
            find.setValue(value == null || value.address().isBlank() ? null : new Place(parts.label(), value.location()));
            say("", false);
        } finally {
            filling = false;
        }
    }

    /**
     * The form's own "not placed on the map" error would repeat, further down, what the line under the
     * search box already says about the address just typed: one message, where the coordinator is.
     */
    @Override
    public void setErrorMessage(String errorMessage) {
        super.setErrorMessage(NOT_ON_MAP.equals(errorMessage) && showsProblem ? "" : errorMessage);
    }

    private void say(String text, boolean problem) {
        showsProblem = problem && !text.isEmpty();
        message.setText(text);
        message.setVisible(!text.isEmpty());
        message.getStyle().set("color", problem ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)");
    }
}
