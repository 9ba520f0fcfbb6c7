package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.ui.map.MapTileSettings;
import care.rounds.dispatch.DayPlan;
import care.rounds.dispatch.DispatchService;
import care.rounds.planning.SchedulePlanner;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dispatcher's board for one day: every working clinician's route on a timeline and on the road
 * map, the visits nobody takes yet and why, the day's figures, and live re-optimizing.
 */
@Route("board")
@PageTitle("Board | Rounds")
@Menu(order = 1.5, icon = "vaadin:road-split", title = "Board")
@RolesAllowed("COORDINATOR")
public class BoardView extends VerticalLayout {

    private final DispatchService dispatch;
    private final DaySwitcher daySwitcher;
    private final DayFiguresBar figures = new DayFiguresBar();
    private final BoardTimeline timeline;
    private final BoardMap map;
    private final DayVisitsGrid visits;
    private final UnassignedGrid unassigned;
    private final OptimizeBar optimizeBar;
    private Long selected;

    public BoardView(DispatchService dispatch, SchedulePlanner planner, ClinicTime time, MapTileSettings tiles) {
        this.dispatch = dispatch;
        this.daySwitcher = new DaySwitcher(time.today(), day -> showDay());
        this.optimizeBar = new OptimizeBar(planner, daySwitcher::day, this::showDay);
        this.timeline = new BoardTimeline(time);
        this.map = new BoardMap(time, tiles.tileUrl());
        this.visits = new DayVisitsGrid(time);
        this.unassigned = new UnassignedGrid(time);

        timeline.setHeight("320px");
        map.setId("board-map");
        map.setHeight("480px");
        map.setWidth("55%");
        visits.setHeight("480px");
        HorizontalLayout mapAndList = new HorizontalLayout(map, visits);
        mapAndList.setWidthFull();
        mapAndList.setFlexGrow(1, visits);

        timeline.addItemClickListener(e -> Selection.visitId(e.getItemId()).ifPresent(this::select));
        map.addStopClickListener(e -> Selection.visitId(e.getStopId()).ifPresent(this::select));
        visits.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().getId().equals(selected)) {
                select(e.getValue().getId());
            }
        });
        unassigned.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().visit().getId().equals(selected)) {
                select(e.getValue().visit().getId());
            }
        });

        HorizontalLayout toolbar = new HorizontalLayout(daySwitcher, optimizeBar);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(toolbar, figures, timeline, mapAndList, new H3("Unassigned"), unassigned);
        setWidthFull();
        showDay();
    }

    private void showDay() {
        LocalDate day = daySwitcher.day();
        DayPlan plan = dispatch.board(day);
        figures.show(plan.figures());
        timeline.show(plan);
        map.show(plan.routes(), plan.unassigned());
        visits.show(plan.routes());
        unassigned.show(plan.unassigned());
        optimizeBar.dayChanged();
        Long keep = selected;
        selected = null;
        if (keep != null) {
            select(keep);
        }
    }

    /** Shows one visit as selected on the timeline, the map and in the lists. */
    void select(long visitId) {
        selected = visitId;
        String id = Selection.ofVisit(visitId);
        timeline.selectItem(id);
        map.highlight(id);
        visits.getListDataView().getItems().filter(v -> Objects.equals(v.getId(), visitId)).findFirst()
                .ifPresentOrElse(visits::select, visits::deselectAll);
        unassigned.getListDataView().getItems().filter(u -> Objects.equals(u.visit().getId(), visitId))
                .findFirst().ifPresentOrElse(unassigned::select, unassigned::deselectAll);
    }
}
