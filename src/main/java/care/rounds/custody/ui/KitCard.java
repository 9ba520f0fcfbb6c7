package care.rounds.custody.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A compact block for a phone: a bold first line, a second line of figures, and an action under them. */
final class KitCard {

    private KitCard() {
    }

    static Div of(String id, String title, String figures, Component... actions) {
        Span heading = new Span(title);
        heading.getStyle().set("font-weight", "600");
        Span details = new Span(figures);
        details.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div card = new Div(heading, details);
        card.add(actions);
        card.setId(id);
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("align-items", "flex-start")
                .set("width", "100%").set("max-width", "40rem").set("box-sizing", "border-box");
        return card;
    }

    static Span empty(String text) {
        Span none = new Span(text);
        none.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return none;
    }
}
