package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.planning.MoveOutcome;
import care.rounds.planning.MovePreview;
import care.rounds.visits.InfusionVisit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Moves a visit by hand to a clinician and a start on the board's day. Each choice is tried first:
 * what the move does to the day in the clinic's words (unassigned visits, driving, patients to call,
 * rules broken), and every clinic rule the move breaks. A legal or safety rule (credential, licence, dose
 * kits, overlap, one visit per patient per day) cannot be overridden: the move is refused. A timing rule
 * (window, gap, working hours) can: the move is made as an exception, with the reason.
 * Confirming makes the move and pins the visit.
 */
class MoveDialog extends Dialog {

    final ComboBox<Clinician> clinician = new ComboBox<>("Clinician");
    final TimePicker start = new TimePicker("Start");
    final TextArea reason = new TextArea("Reason");
    final Span score = new Span();
    final Div warnings = new Div();
    static final String MOVE = "Move and pin";
    static final String MOVE_AS_EXCEPTION = "Move as a timing exception and pin";
    static final String CANNOT_OVERRIDE = "A legal or safety rule cannot be overridden: choose another clinician or time.";
    static final String TIMING_EXCEPTION_NOTE = "Only timing rules are broken: the move can be made as an exception. "
            + "The reason is kept in the visit's history and the board shows the exception.";

    final Button confirm = new Button(MOVE);
    private MoveOutcome outcome;
    private final Span problem = new Span();

    private final MovePreview preview;
    private final ClinicTime time;
    private final InfusionVisit visit;
    private final LocalDate day;
    private final Runnable onMoved;

    MoveDialog(MovePreview preview, List<Clinician> staff, ClinicTime time, InfusionVisit visit, LocalDate day,
               Runnable onMoved) {
        this.preview = preview;
        this.time = time;
        this.visit = visit;
        this.day = day;
        this.onMoved = onMoved;
        setHeaderTitle("Move visit");
        clinician.setId("move-clinician");
        clinician.setItems(staff);
        clinician.setItemLabelGenerator(Clinician::getDisplayName);
        clinician.setWidthFull();
        if (visit.getClinician() != null) {
            staff.stream().filter(c -> c.getId().equals(visit.getClinician().getId())).findFirst()
                    .ifPresent(clinician::setValue);
        }
        start.setId("move-start");
        start.setStep(Duration.ofMinutes(15));
        Instant now = visit.getPlannedStart() == null ? visit.getEarliestStart() : visit.getPlannedStart();
        start.setValue(time.inClinicZone(now).toLocalTime());
        score.setId("move-score");
        warnings.setId("move-warnings");
        warnings.getStyle().set("color", "var(--lumo-error-text-color)");
        reason.setId("move-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setPlaceholder("e.g. patient asked for the afternoon");
        problem.setId("move-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        VerticalLayout content = new VerticalLayout(new Paragraph(visit.getPlan().getPatient().getFullName()
                + ": window " + time.dateTime(visit.getEarliestStart()) + " to " + time.time(visit.getLatestStart())
                + " (start)."), clinician, start, score, warnings, reason, problem);
        content.setPadding(false);
        content.setWidth("30rem");
        add(content);
        confirm.setId("move-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirm());
        getFooter().add(new Button("Back", e -> close()), confirm);
        clinician.addValueChangeListener(e -> showPreview());
        start.addValueChangeListener(e -> showPreview());
        showPreview();
    }

    private Instant chosenStart() {
        return day.atTime(start.getValue()).atZone(time.zone()).toInstant();
    }

    /** Tries the chosen move on the day's plan and shows what it does. */
    void showPreview() {
        warnings.removeAll();
        if (clinician.getValue() == null || start.getValue() == null) {
            score.setText("Pick a clinician and a start to see what the move does.");
            confirm.setEnabled(false);
            return;
        }
        MoveOutcome outcome = preview.preview(visit.getId(), clinician.getValue().getId(), chosenStart());
        if (outcome.possible()) {
            score.setText("Starts " + time.time(outcome.start())
                    + (outcome.laterVisitsMoved() > 0 ? "; " + outcome.laterVisitsMoved()
                    + (outcome.laterVisitsMoved() == 1 ? " later visit" : " later visits") + " of the day start later"
                    : "") + ". " + outcome.inWords() + ".");
        } else {
            score.setText(outcome.inWords() + ".");
        }
        if (outcome.possible() && !outcome.rules().isEmpty()) {
            outcome.rules().forEach(rule -> warnings.add(new Div((rule.timing() ? "⚠ " : "⛔ ") + rule.words())));
        } else {
            outcome.warnings().forEach(w -> warnings.add(new Div("⚠ " + w)));
        }
        this.outcome = outcome;
        if (outcome.refused()) {
            if (outcome.possible()) {
                warnings.add(new Div(CANNOT_OVERRIDE));
            }
            confirm.setEnabled(false);
            confirm.setText(MOVE);
        } else if (outcome.needsTimingException()) {
            warnings.add(new Div(TIMING_EXCEPTION_NOTE));
            confirm.setEnabled(true);
            confirm.setText(MOVE_AS_EXCEPTION);
        } else {
            confirm.setEnabled(true);
            confirm.setText(MOVE);
        }
    }

    private void confirm() {
        if (reason.getValue().isBlank()) {
            reason.setInvalid(true);
            reason.setErrorMessage("Give a reason: it is kept in the visit's history.");
            return;
        }
        reason.setInvalid(false);
        try {
            preview.apply(visit.getId(), visit.getVersion(), clinician.getValue().getId(), chosenStart(),
                    reason.getValue(), outcome != null && outcome.needsTimingException());
            close();
            onMoved.run();
        } catch (ObjectOptimisticLockingFailureException conflict) {
            problem.setText(ReplanDialog.CONFLICT);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            problem.setText(refused.getMessage());
        }
    }
}
