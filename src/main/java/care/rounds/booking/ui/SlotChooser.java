package care.rounds.booking.ui;

import care.rounds.base.ClinicTime;
import care.rounds.planning.SlotOption;
import care.rounds.visits.InfusionVisit;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row per infusion with the planner's options, best first and preselected.
 */
class SlotChooser extends Grid<InfusionVisit> {

    private final Map<Long, List<SlotOption>> options = new HashMap<>();
    private final Map<Long, Select<SlotOption>> choices = new LinkedHashMap<>();

    SlotChooser(ClinicTime time) {
        setId("series-slots");
        addColumn(v -> v.getSequenceNumber() + " of " + v.getPlan().getProtocol().getInfusionCount())
                .setHeader("Infusion").setAutoWidth(true).setFlexGrow(0);
        addColumn(v -> time.dateTime(v.getEarliestStart()) + " - " + time.time(v.getLatestStart()))
                .setHeader("Window (start)").setAutoWidth(true);
        addComponentColumn(v -> {
            List<SlotOption> offered = options.getOrDefault(v.getId(), List.of());
            if (offered.isEmpty()) {
                Span none = new Span("No free slot now; the planner will place it in its next run.");
                none.getElement().getThemeList().add("badge contrast");
                return none;
            }
            // made once per infusion: the grid renders rows again (scrolling), which must keep the choice
            return choices.computeIfAbsent(v.getId(), id -> {
                Select<SlotOption> select = new Select<>();
                select.setItems(offered);
                select.setItemLabelGenerator(o -> time.dateTime(o.start()) + " with " + o.clinicianName()
                        + " (" + o.credential() + ")");
                select.setValue(offered.get(0));
                select.setWidthFull();
                select.setAriaLabel("Slot for infusion " + v.getSequenceNumber());
                return select;
            });
        }).setHeader("Slot (best first)").setKey("slot").setFlexGrow(1);
        setAllRowsVisible(true);
    }

    void show(List<InfusionVisit> visits, Map<Long, List<SlotOption>> recommended) {
        options.clear();
        choices.clear();
        options.putAll(recommended);
        setItems(visits);
    }

    List<SlotOption> options(long visitId) {
        return options.getOrDefault(visitId, List.of());
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
}
