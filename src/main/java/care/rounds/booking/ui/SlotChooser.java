package care.rounds.booking.ui;

import care.rounds.base.ClinicTime;
import care.rounds.planning.InfusionAdvice;
import care.rounds.planning.SlotOption;
import care.rounds.visits.InfusionVisit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One row per infusion with the planner's options, best first and preselected. Choosing another option for
 * an infusion asks again for the infusions after it, from the option chosen (the spacing between infusions
 * counts from it). When an infusion's best day is full, its options are on the nearest days the protocol's
 * spacing allows, and the row says which rule keeps it off the days in between.
 */
class SlotChooser extends Grid<InfusionVisit> {

    private final ClinicTime time;
    private final Function<Map<Long, SlotOption>, Map<Long, InfusionAdvice>> adviseAfter;
    private final Map<Long, InfusionAdvice> advice = new HashMap<>();
    private final Map<Long, Select<SlotOption>> choices = new LinkedHashMap<>();
    private final Map<Long, Component> cells = new HashMap<>();
    private List<InfusionVisit> visits = List.of();

    /**
     * @param adviseAfter the advice for the infusions after those kept, given the options kept
     */
    SlotChooser(ClinicTime time, Function<Map<Long, SlotOption>, Map<Long, InfusionAdvice>> adviseAfter) {
        this.time = time;
        this.adviseAfter = adviseAfter;
        setId("series-slots");
        addColumn(v -> v.getSequenceNumber() + " of " + v.getPlan().getProtocol().getInfusionCount())
                .setHeader("Infusion").setAutoWidth(true).setFlexGrow(0);
        addColumn(v -> time.dateTime(v.getEarliestStart()) + " - " + time.time(v.getLatestStart()))
                .setHeader("Best day (window)").setAutoWidth(true).setFlexGrow(0);
        // made once per infusion: the grid renders rows again (scrolling), which must keep the choice
        addComponentColumn(v -> cells.computeIfAbsent(v.getId(), id -> cell(v)))
                .setHeader("Slot (best first)").setKey("slot").setFlexGrow(1);
        setAllRowsVisible(true);
    }

    void show(List<InfusionVisit> seriesVisits, Map<Long, InfusionAdvice> recommended) {
        advice.clear();
        choices.clear();
        cells.clear();
        advice.putAll(recommended);
        visits = List.copyOf(seriesVisits);
        setItems(visits);
    }

    List<SlotOption> options(long visitId) {
        InfusionAdvice given = advice.get(visitId);
        return given == null ? List.of() : given.options();
    }

    String note(long visitId) {
        InfusionAdvice given = advice.get(visitId);
        return given == null ? null : given.note();
    }

    Map<Long, SlotOption> chosen() {
        Map<Long, SlotOption> chosen = new LinkedHashMap<>();
        choices.forEach((visitId, select) -> {
            if (select.getValue() != null) {
                chosen.put(visitId, select.getValue());
            }
        });
        return chosen;
    }

    /** Chooses this option for the infusion, as the coordinator does with its select. */
    void choose(long visitId, SlotOption option) {
        Select<SlotOption> select = choices.get(visitId);
        if (select != null) {
            select.setValue(option);
        }
    }

    private Component cell(InfusionVisit visit) {
        Div cell = new Div();
        cell.setWidthFull();
        List<SlotOption> offered = options(visit.getId());
        if (offered.isEmpty()) {
            Span none = new Span("No free slot now; the planner will place it in its next run.");
            none.getElement().getThemeList().add("badge contrast");
            cell.add(none);
        } else {
            Select<SlotOption> select = new Select<>();
            select.setItems(offered);
            select.setItemLabelGenerator(o -> time.dateTime(o.start()) + " with " + o.clinicianName()
                    + " (" + o.credential() + ")");
            select.setValue(offered.get(0));
            select.setWidthFull();
            select.setAriaLabel("Slot for infusion " + visit.getSequenceNumber());
            select.addValueChangeListener(e -> {
                if (e.getValue() != null && !e.getValue().equals(e.getOldValue())) {
                    adviseAfter(visit);
                }
            });
            choices.put(visit.getId(), select);
            cell.add(select);
        }
        String note = note(visit.getId());
        if (note != null) {
            Span why = new Span(note);
            why.addClassName("slot-note");
            why.getStyle().set("display", "block").set("white-space", "normal")
                    .set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            cell.add(why);
        }
        return cell;
    }

    /** The infusions after this one are advised again from the options chosen up to it. */
    private void adviseAfter(InfusionVisit changed) {
        Map<Long, SlotOption> kept = new LinkedHashMap<>();
        for (InfusionVisit visit : visits) {
            if (visit.getSequenceNumber() > changed.getSequenceNumber()) {
                break;
            }
            Select<SlotOption> select = choices.get(visit.getId());
            if (select != null && select.getValue() != null) {
                kept.put(visit.getId(), select.getValue());
            }
        }
        Map<Long, InfusionAdvice> fresh = adviseAfter.apply(kept);
        for (InfusionVisit visit : visits) {
            if (visit.getSequenceNumber() > changed.getSequenceNumber() && fresh.containsKey(visit.getId())) {
                advice.put(visit.getId(), fresh.get(visit.getId()));
                choices.remove(visit.getId());
                cells.remove(visit.getId());
            }
        }
        getDataProvider().refreshAll();
    }
}
