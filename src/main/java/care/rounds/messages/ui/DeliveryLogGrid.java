package care.rounds.messages.ui;

import care.rounds.base.ClinicTime;
import care.rounds.messages.DeliveryLine;
import care.rounds.messages.MessageStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The delivery log: each message (newest first) with its type, channel, status and attempts; open a row
 * for the text the patient got and every step (queued, held for quiet hours, sent, failed and why, retried).
 */
class DeliveryLogGrid extends Details {

    private final Grid<DeliveryLine> grid = new Grid<>();
    private final Span empty = new Span();
    private final ClinicTime time;

    DeliveryLogGrid(String title, String id, ClinicTime time) {
        this.time = time;
        setSummaryText(title);
        setId(id);
        setOpened(true);
        setWidthFull();
        grid.setId(id + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(line -> time.dateTime(line.sentAt() != null ? line.sentAt() : line.queuedAt()))
                .setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::what)).setHeader("Message").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::status)).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setAllRowsVisible(true);
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(empty, grid);
    }

    void show(List<DeliveryLine> lines, String whenEmpty) {
        grid.setItems(lines);
        grid.setVisible(!lines.isEmpty());
        empty.setText(lines.isEmpty() ? whenEmpty : "");
        empty.setVisible(lines.isEmpty());
    }

    private Component what(DeliveryLine line) {
        Span type = new Span(line.type().label());
        type.getStyle().set("white-space", "normal");
        Span channel = new Span(line.channel().label());
        channel.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout both = new VerticalLayout(type, channel);
        both.setPadding(false);
        both.setSpacing(false);
        return both;
    }

    private Component status(DeliveryLine line) {
        Span badge = new Span(line.status().label());
        String theme = switch (line.status()) {
            case SENT -> "badge success";
            case FAILED -> "badge error";
            case WITHDRAWN -> "badge contrast";
            default -> "badge";
        };
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        if (line.status() == MessageStatus.QUEUED && line.attempts() > 0) {
            badge.setText("Retrying");
        }
        if (line.attempts() > 1) {
            badge.setText(badge.getText() + ", " + line.attempts() + " attempts");
        }
        if (line.lastError() == null || line.status() == MessageStatus.SENT) {
            return badge;
        }
        Span reason = new Span(line.lastError());
        reason.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("white-space", "normal");
        VerticalLayout both = new VerticalLayout(badge, reason);
        both.setPadding(false);
        both.setSpacing(false);
        both.setMaxWidth("16em");
        return both;
    }

    private Component details(DeliveryLine line) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        Div to = new Div("To " + line.recipient() + (line.subject() == null ? "" : ": \"" + line.subject() + "\""));
        Div text = new Div(line.body());
        text.getStyle().set("white-space", "pre-wrap").set("margin", "var(--lumo-space-xs) 0")
                .set("padding", "var(--lumo-space-s)").set("background", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        Div steps = new Div(line.steps().stream()
                .map(step -> time.dateTime(step.at()) + "  " + step.step().name().toLowerCase().replace('_', ' ')
                        + (step.detail() == null ? "" : ": " + step.detail()))
                .collect(Collectors.joining("\n")));
        steps.getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        box.add(to, text, steps);
        return box;
    }
}
