package care.rounds.dispatch.ui;

import care.rounds.audit.PatientDataAudit;
import care.rounds.base.ClinicTime;
import care.rounds.booking.BoostersDue;
import care.rounds.base.ui.map.MapTileSettings;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.dispatch.ClinicianRoute;
import care.rounds.dispatch.DayOfEvents;
import care.rounds.dispatch.DayPlan;
import care.rounds.dispatch.DispatchService;
import care.rounds.dispatch.UnassignedVisit;
import care.rounds.patients.PatientService;
import care.rounds.planning.DayRuleCheck;
import care.rounds.planning.MovePreview;
import care.rounds.planning.SchedulePlanner;
import care.rounds.visits.VisitChanged;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.CallList;
import care.rounds.visits.VisitChanges;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The dispatcher's board for one day: every working clinician's route on a timeline and on the road
 * map, the visits nobody takes yet and why, the day's figures, and live re-optimizing; the day-of
 * events (call-out, cancellation, overrun, urgent visit) and manual control of the selected visit.
 *
 * <p>The day is in the address ({@code board?day=2026-11-30}), so a bookmark or a shared link opens
 * that day; without it the board opens on today.
 */
@Route(BoardView.ROUTE)
@PageTitle("Board | Rounds")
@Menu(order = 1.5, icon = "vaadin:road-split", title = "Board")
@RolesAllowed("COORDINATOR")
public class BoardView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "board";
    static final String DAY = "day";

    private final DispatchService dispatch;
    private final DaySwitcher daySwitcher;
    private final DayFiguresBar figures = new DayFiguresBar();
    private final BoardTimeline timeline;
    private final BoardMap map;
    private final BoardLegend legend;
    private final DayVisitsGrid visits;
    private final UnassignedGrid unassigned;
    private final OptimizeBar optimizeBar;
    private final VisitActionsBar visitActions;
    private final CallListPanel callList;
    private final BoostersDuePanel boosters;
    private final RuleFlagsPanel ruleFlags;
    private final LastRunLine lastRun;
    private final SchedulePlanner planner;
    private final ClinicTime time;
    private final PatientDataAudit audit;
    private final BoardFeed feed;
    private Runnable stopListening = () -> { };
    private DayPlan plan;
    /** What the board shows, read by the feed's thread to decide whether a change elsewhere concerns it. */
    private volatile Shown shown = new Shown(null, Set.of());
    private Long selected;

    public BoardView(DispatchService dispatch, SchedulePlanner planner, ClinicTime time, MapTileSettings tiles,
                     DayOfEvents events, VisitChanges changes, MovePreview movePreview, ClinicianService clinicians,
                     PatientService patients, CallList patientsToCall, PatientDataAudit audit,
                     DayRuleCheck ruleCheck, BoostersDue boostersDue, BoardFeed feed) {
        this.boosters = new BoostersDuePanel(boostersDue, time);
        this.audit = audit;
        this.feed = feed;
        this.ruleFlags = new RuleFlagsPanel(ruleCheck);
        this.dispatch = dispatch;
        this.planner = planner;
        this.callList = new CallListPanel(patientsToCall, changes, time);
        this.lastRun = new LastRunLine(time);
        this.time = time;
        this.daySwitcher = new DaySwitcher(time.today(), day -> {
            showDay();
            putDayInAddress(day);
        });
        this.optimizeBar = new OptimizeBar(planner, daySwitcher::day, this::showDay);
        DayOfEventsBar dayOfEvents = new DayOfEventsBar(events, patients, time, daySwitcher::day,
                this::workingClinicians, this::replanned);
        this.visitActions = new VisitActionsBar(changes, events, movePreview, time, clinicians::active,
                daySwitcher::day, this::showDay);
        this.timeline = new BoardTimeline(time);
        this.map = new BoardMap(time, tiles.tileUrl());
        this.legend = new BoardLegend(time);
        this.visits = new DayVisitsGrid(time);
        this.unassigned = new UnassignedGrid(time);

        map.setId("board-map");
        map.setHeight("480px");
        map.setWidth("55%");
        visits.setHeight("480px");
        HorizontalLayout mapAndList = new HorizontalLayout(map, visits);
        mapAndList.setWidthFull();
        mapAndList.setFlexGrow(1, visits);

        timeline.addItemClickListener(e -> Selection.visitId(e.getItemId()).ifPresent(this::open));
        map.addStopClickListener(e -> Selection.visitId(e.getStopId()).ifPresent(this::open));
        visits.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().getId().equals(selected)) {
                open(e.getValue().getId());
            }
        });
        unassigned.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().visit().getId().equals(selected)) {
                open(e.getValue().visit().getId());
            }
        });

        HorizontalLayout toolbar = new HorizontalLayout(daySwitcher, optimizeBar, dayOfEvents);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(toolbar, visitActions, figures, lastRun, ruleFlags, timeline, legend, callList, boosters, mapAndList, new H3("Unassigned"), unassigned);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate day = dayAsked(event.getLocation().getQueryParameters().getSingleParameter(DAY));
        if (!day.equals(daySwitcher.day())) {
            daySwitcher.show(day);
        } else if (plan == null) {
            showDay();
        }
    }

    /** Changes made elsewhere reload the shown day, as the user who opened the board. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        SecurityContext user = SecurityContextHolder.getContext();
        stopListening.run();
        stopListening = feed.listen(this::shows, () -> {
            try {
                ui.access(new DelegatingSecurityContextRunnable(this::reloadAfterChangeElsewhere, user)::run);
            } catch (UIDetachedException closed) {
                stopListening.run();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopListening.run();
        super.onDetach(detachEvent);
    }

    /** The day shown and the visits on it (on routes or unassigned). */
    private record Shown(LocalDate day, Set<Long> visitIds) {
    }

    /** A change elsewhere concerns this board when it is on the day shown, moves a visit shown, or leaves a visit off every route. */
    private boolean shows(VisitChanged change) {
        Shown now = shown;
        return change.start() == null || now.visitIds().contains(change.visitId())
                || time.inClinicZone(change.start()).toLocalDate().equals(now.day());
    }

    /** A reload nobody on this board asked for: if it fails, the board stays as it was and says so in the log. */
    private void reloadAfterChangeElsewhere() {
        try {
            showDay();
        } catch (RuntimeException failed) {
            LoggerFactory.getLogger(BoardView.class).warn("The board could not reload after a change elsewhere: {}",
                    failed.toString());
        }
    }

    /** The day in the address, or today when there is none or it is not a date. */
    private LocalDate dayAsked(Optional<String> asked) {
        if (asked.isEmpty() || asked.get().isBlank()) {
            return time.today();
        }
        try {
            return LocalDate.parse(asked.get().strip());
        } catch (DateTimeParseException notADate) {
            String shown = asked.get().length() > 20 ? asked.get().substring(0, 20) + "…" : asked.get();
            Notification.show("The address asks for the day \"" + shown + "\", which is not a date written like "
                            + time.today() + ". Showing today instead.", 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            putDayInAddress(time.today());
            return time.today();
        }
    }

    /** Without a new history entry: the back button leaves the board rather than stepping through days. */
    private static void putDayInAddress(LocalDate day) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().getHistory().replaceState(null,
                    new Location(ROUTE, QueryParameters.of(DAY, day.toString())));
        }
    }

    private void showDay() {
        LocalDate day = daySwitcher.day();
        plan = dispatch.board(day);
        shown = new Shown(day, visitsOfDay().map(InfusionVisit::getId)
                .collect(java.util.stream.Collectors.toUnmodifiableSet()));
        figures.show(plan.figures());
        timeline.show(plan);
        map.show(plan.routes(), plan.unassigned());
        legend.show(plan.routes());
        visits.show(plan.routes());
        unassigned.show(plan.unassigned());
        callList.show(day);
        boosters.show();
        ruleFlags.show(day);
        lastRun.show(planner.lastRun(day));
        optimizeBar.dayChanged();
        Long keep = selected;
        selected = null;
        visitActions.show(null, time);
        if (keep != null && visitOfDay(keep) != null) {
            select(keep);
        }
    }

    /** After a day-of event: show the day it re-planned. */
    private void replanned(LocalDate day) {
        if (day.equals(daySwitcher.day())) {
            showDay();
        } else {
            daySwitcher.show(day);
        }
    }

    private List<Clinician> workingClinicians() {
        return plan.routes().stream().map(ClinicianRoute::clinician).toList();
    }

    private InfusionVisit visitOfDay(long visitId) {
        return visitsOfDay().filter(v -> v.getId() == visitId).findFirst().orElse(null);
    }

    /** The day's visits on the board: every route's stops, then the unassigned. */
    private Stream<InfusionVisit> visitsOfDay() {
        return Stream.concat(plan.routes().stream().flatMap(r -> r.stops().stream()),
                plan.unassigned().stream().map(UnassignedVisit::visit));
    }

    /** The dispatcher opened a visit: its details show below the board, and the audit record says who saw it. */
    void open(long visitId) {
        select(visitId);
        InfusionVisit visit = visitOfDay(visitId);
        if (visit != null) {
            audit.openedVisit(visit.getId(), visit.getPlan().getPatient().getId(), visit.getPlan().getPatient().getFullName());
        }
    }

    /** Shows one visit as selected on the timeline, the map and in the lists. */
    void select(long visitId) {
        selected = visitId;
        visitActions.show(visitOfDay(visitId), time);
        String id = Selection.ofVisit(visitId);
        timeline.selectItem(id);
        map.highlight(id);
        visits.getListDataView().getItems().filter(v -> Objects.equals(v.getId(), visitId)).findFirst()
                .ifPresentOrElse(visits::select, visits::deselectAll);
        unassigned.getListDataView().getItems().filter(u -> Objects.equals(u.visit().getId(), visitId))
                .findFirst().ifPresentOrElse(unassigned::select, unassigned::deselectAll);
    }
}
