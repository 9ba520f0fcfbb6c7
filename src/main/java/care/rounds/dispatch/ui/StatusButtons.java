package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.ui.Notices;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitLogEntry;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * En route, Arrived, Infusing, Done: each press records the time; a pressed step shows when it was
 * recorded, and the next step is the highlighted one.
 */
class StatusButtons extends FlexLayout {

    static final List<VisitStatus> STEPS = List.of(VisitStatus.EN_ROUTE, VisitStatus.ARRIVED, VisitStatus.INFUSING,
            VisitStatus.DONE);

    private final VisitService visits;
    private final ClinicTime time;
    private InfusionVisit visit;

    StatusButtons(InfusionVisit visit, List<VisitLogEntry> log, VisitService visits, ClinicTime time) {
        this.visit = visit;
        this.visits = visits;
        this.time = time;
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)");
        show(log);
    }

    private void show(List<VisitLogEntry> log) {
        removeAll();
        Map<VisitStatus, VisitLogEntry> latest = log.stream().collect(Collectors.toMap(VisitLogEntry::getStatus,
                Function.identity(), (a, b) -> b));
        int current = STEPS.indexOf(visit.getStatus());
        for (int i = 0; i < STEPS.size(); i++) {
            VisitStatus step = STEPS.get(i);
            VisitLogEntry recorded = latest.get(step);
            Button button = new Button(recorded == null ? step.label()
                    : step.label() + " " + time.time(recorded.getRecordedAt()));
            button.setId("status-" + step.name().toLowerCase().replace('_', '-') + "-" + visit.getId());
            button.addThemeVariants(i == current + 1 ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
            button.setEnabled(!visit.getStatus().isClosed());
            button.addClickListener(e -> record(step));
            add(button);
        }
    }

    private void record(VisitStatus step) {
        try {
            visit = visits.recordStatus(visit.getId(), step);
            show(visits.statusLog(List.of(visit.getId())));
        } catch (ObjectOptimisticLockingFailureException e) {
            Notices.problem("The office changed this visit just now. Reload the page and try again.");
        }
    }
}
