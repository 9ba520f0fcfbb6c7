package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.ui.Notices;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.StatusReport;
import care.rounds.visits.StatusSteps;
import care.rounds.visits.VisitLogEntry;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * En route, Arrived, Infusing, Monitoring, Done, in that order: each tap records the time; the next step is the
 * highlighted one; a later step asks before skipping; Arrived asks to confirm the responsible adult at home; Done
 * before the protocol's least monitoring asks why; the last tap can be undone for two minutes.
 */
class StatusButtons extends Div {

    static final List<VisitStatus> STEPS = StatusSteps.ORDER;

    private final VisitService visits;
    private final ClinicTime time;
    private final Consumer<InfusionVisit> onChange;
    private final KitChoice kitChoice;
    private final FlexLayout buttons = new FlexLayout();
    private final Div undo = new Div();
    private InfusionVisit visit;
    private List<VisitLogEntry> log;

    StatusButtons(InfusionVisit visit, List<VisitLogEntry> log, VisitService visits, ClinicTime time,
                  KitChoice kitChoice, Consumer<InfusionVisit> onChange) {
        this.visit = visit;
        this.kitChoice = kitChoice;
        this.visits = visits;
        this.time = time;
        this.onChange = onChange;
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        undo.getStyle().set("margin-top", "var(--lumo-space-xs)");
        add(buttons, undo);
        show(log);
    }

    private void show(List<VisitLogEntry> log) {
        this.log = log;
        buttons.removeAll();
        VisitStatus next = StatusSteps.next(visit.getStatus());
        for (VisitStatus step : STEPS) {
            Optional<VisitLogEntry> recorded = reached(step);
            Button button = new Button(recorded.map(e -> step.label() + " " + time.time(e.getRecordedAt()))
                    .orElse(step.label()));
            button.setId(id(step));
            if (recorded.isPresent()) {
                button.setIcon(new Icon(VaadinIcon.CHECK));
                button.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_TERTIARY);
                button.setEnabled(false);
                // a step done is history, not a control: it reads in the success colour, not the faint disabled one
                button.getStyle().set("--lumo-disabled-text-color", "var(--lumo-success-text-color)");
            } else {
                button.addThemeVariants(step == next ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
                button.setEnabled(next != null && STEPS.indexOf(step) >= STEPS.indexOf(next));
                button.addClickListener(e -> tap(step));
            }
            buttons.add(button);
        }
        showUndo();
    }

    /** The step's tap, when the visit has reached it (a tap later undone does not count). */
    private Optional<VisitLogEntry> reached(VisitStatus step) {
        if (!StatusSteps.ORDER.contains(visit.getStatus())
                || STEPS.indexOf(step) > STEPS.indexOf(visit.getStatus())) {
            return Optional.empty();
        }
        return log.stream().filter(e -> e.getStatus() == step && !e.isCorrection()).reduce((a, b) -> b);
    }

    private void showUndo() {
        undo.removeAll();
        VisitLogEntry last = log.isEmpty() ? null : log.get(log.size() - 1);
        if (last == null || last.isCorrection() || last.getStatus() != visit.getStatus()
                || !StatusSteps.undoable(last.getRecordedAt(), time.now())) {
            return;
        }
        Button button = new Button("Undo " + last.getStatus().label() + " (until "
                + time.time(last.getRecordedAt().plus(StatusSteps.UNDO_WINDOW)) + ")", new Icon(VaadinIcon.ARROW_BACKWARD),
                e -> send(() -> visits.undoStatus(visit.getId())));
        button.setId("status-undo-" + visit.getId());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        undo.add(button);
    }

    private void tap(VisitStatus step) {
        StatusReport report = StatusReport.of(step);
        List<VisitStatus> skipped = StatusSteps.skipped(visit.getStatus(), step);
        if (skipped.isEmpty()) {
            atTheHome(report);
        } else {
            StatusDialogs.skip(visit.getId(), step, skipped, () -> atTheHome(report.confirmingSkip())).open();
        }
    }

    private void atTheHome(StatusReport report) {
        boolean adultToConfirm = !visit.getPlan().getProtocol().isAssessment() && visit.getAdultConfirmed() == null
                && StatusSteps.atTheHome(report.status());
        if (adultToConfirm) {
            StatusDialogs.responsibleAdult(visit, report.status(), adult -> infusing(report.withAdult(adult))).open();
        } else {
            infusing(report);
        }
    }

    private void infusing(StatusReport report) {
        if (report.status() == VisitStatus.INFUSING) {
            chooseKitThen(report, this::done);
        } else {
            done(report);
        }
    }

    /**
     * The one place the Infusing tap passes before it is recorded: the Schedule III kit choice (which kit this
     * visit uses) opens its dialog here and then calls {@code record} with the kit on the report.
     */
    void chooseKitThen(StatusReport report, Consumer<StatusReport> record) {
        if (visit.getPlan().getProtocol().isAssessment()) {
            record.accept(report);
        } else {
            kitChoice.choose(visit.getId(), () -> record.accept(report));
        }
    }

    private void done(StatusReport report) {
        Optional<String> early = report.status() == VisitStatus.DONE ? StatusSteps.earlyDone(visit.getStatus(),
                monitoringSince(), time.now(), visit.getPlan().getProtocol().getMinMonitoringMinutes()) : Optional.empty();
        if (early.isPresent()) {
            StatusDialogs.earlyDone(visit.getId(), early.get(), reason -> record(report.withEarlyDoneReason(reason))).open();
        } else {
            record(report);
        }
    }

    private Instant monitoringSince() {
        return visit.getStatus() != VisitStatus.MONITORING ? null
                : reached(VisitStatus.MONITORING).map(VisitLogEntry::getRecordedAt).orElse(null);
    }

    private void record(StatusReport report) {
        send(() -> visits.recordStatus(visit.getId(), report));
    }

    private void send(java.util.function.Supplier<InfusionVisit> change) {
        try {
            visit = change.get();
            show(visits.statusLog(List.of(visit.getId())));
            onChange.accept(visit);
        } catch (ObjectOptimisticLockingFailureException e) {
            Notices.problem("The office changed this visit just now. Reload the page and try again.");
        } catch (IllegalStateException | IllegalArgumentException refused) {
            Notices.problem(refused.getMessage());
        }
    }

    private String id(VisitStatus step) {
        return "status-" + step.name().toLowerCase().replace('_', '-') + "-" + visit.getId();
    }
}
