package care.rounds.dispatch.ui;

import care.rounds.custody.KitCustody;
import care.rounds.custody.KitUseDialog;
import care.rounds.audit.PatientDataAudit;
import care.rounds.base.ClinicTime;
import care.rounds.base.ui.map.MapTileSettings;
import care.rounds.dispatch.ClinicianRoute;
import care.rounds.dispatch.DispatchService;
import care.rounds.plans.PhysicianOrder;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitLogEntry;
import care.rounds.visits.VisitService;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.List;

/**
 * A clinician's day on the phone: today's stops in order with arrival time, directions, who to call,
 * access notes, kits to bring and the status buttons; the route on a map; the next days.
 */
@Route("my-day")
@PageTitle("My day | Rounds")
@Menu(order = 0.5, icon = "vaadin:car", title = "My day")
@RolesAllowed("CLINICIAN")
public class MyDayView extends VerticalLayout {

    static final int NEXT_DAYS = 3;

    public MyDayView(DispatchService dispatch, VisitService visits, ClinicTime time, MapTileSettings tiles,
                     PatientDataAudit audit, KitCustody custody) {
        setId("my-day");
        setPadding(true);
        setMaxWidth("40rem");
        LocalDate today = time.today();
        ClinicianRoute route = dispatch.myRoute(today);
        List<InfusionVisit> stops = route.stops();
        Paragraph summary = new Paragraph(stops.isEmpty()
                ? time.date(today) + ": no visits today. Your coordinator plans your days; the next days are below."
                : time.date(today) + ": " + stops.size() + (stops.size() == 1 ? " visit" : " visits") + ", bring "
                + route.kitsToBring() + (route.kitsToBring() == 1 ? " dose kit" : " dose kits") + ", about "
                + ClinicTime.duration(route.driving()) + " driving.");
        summary.setId("my-day-summary");
        add(summary);
        List<VisitLogEntry> log = visits.statusLog(stops.stream().map(InfusionVisit::getId).toList());
        for (int i = 0; i < stops.size(); i++) {
            InfusionVisit stop = stops.get(i);
            // each stop shows its patient's phone, address and access notes: the clinician saw these visits
            audit.openedVisit(stop.getId(), stop.getPlan().getPatient().getId(), stop.getPlan().getPatient().getFullName());
            add(new StopCard(i + 1, stop, log.stream().filter(e -> e.getVisitId() == stop.getId()).toList(),
                    visits, time, (visitId, then) -> new KitUseDialog(custody, visitId,
                    stop.getPlan().getOrder().map(PhysicianOrder::doseMg), use -> then.run()).open()));
        }
        if (!stops.isEmpty()) {
            BoardMap map = new BoardMap(time, tiles.tileUrl());
            map.setId("my-day-map");
            map.setHeight("320px");
            map.show(List.of(route), List.of());
            add(map);
        }
        add(new NextDays(today, NEXT_DAYS, dispatch::myRoute, time, stop -> audit.openedVisit(stop.getId(),
                stop.getPlan().getPatient().getId(), stop.getPlan().getPatient().getFullName())));
    }
}
