package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.GeoPoint;
import care.rounds.base.ui.map.RoundsMap;
import care.rounds.base.ui.map.StopKind;
import care.rounds.dispatch.ClinicianRoute;
import care.rounds.dispatch.UnassignedVisit;
import care.rounds.routing.RouteShape;
import care.rounds.visits.InfusionVisit;

import java.util.ArrayList;
import java.util.List;

/** Draws clinicians' routes along the roads: home base, numbered visits in order, back home. */
class BoardMap extends RoundsMap {

    private final ClinicTime time;

    BoardMap(ClinicTime time, String tileUrl) {
        this.time = time;
        setTileUrl(tileUrl);
        setSizeFull();
    }

    void show(List<ClinicianRoute> routes, List<UnassignedVisit> unassigned) {
        clear();
        for (int i = 0; i < routes.size(); i++) {
            addRoute(routes.get(i), RouteColors.of(i));
        }
        for (UnassignedVisit open : unassigned) {
            GeoPoint home = open.visit().getPlan().getPatient().getHomeLocation();
            if (home != null) {
                addStop(Selection.ofVisit(open.visit().getId()), home, 0, "#555",
                        open.visit().getPlan().getPatient().getFullName() + ": unassigned", StopKind.UNASSIGNED);
            }
        }
        fitToContent();
    }

    private void addRoute(ClinicianRoute route, String color) {
        long id = route.clinician().getId();
        String name = route.clinician().getDisplayName();
        if (route.clinician().getHomeBase() != null) {
            addStop("home-" + id, route.clinician().getHomeBase(), 0, color, name + ": home base", StopKind.HOME_BASE);
        }
        if (route.stops().isEmpty()) {
            return;
        }
        List<GeoPoint> line = new ArrayList<>();
        for (RouteShape leg : route.legs()) {
            line.addAll(leg.points());
        }
        addRoute("route-" + id, color, line, name);
        for (int n = 0; n < route.stops().size(); n++) {
            InfusionVisit visit = route.stops().get(n);
            GeoPoint home = visit.getPlan().getPatient().getHomeLocation();
            if (home != null) {
                addStop(Selection.ofVisit(visit.getId()), home, n + 1, color, (n + 1) + ". "
                        + visit.getPlan().getPatient().getFullName() + ", " + time.time(visit.getPlannedStart()),
                        StopKind.VISIT);
            }
        }
    }
}
