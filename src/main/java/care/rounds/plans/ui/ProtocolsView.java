package care.rounds.plans.ui;

import care.rounds.base.ui.ListDetailLayout;
import care.rounds.base.ui.Notices;
import care.rounds.clinicians.Credential;
import care.rounds.plans.ProtocolService;
import care.rounds.plans.TreatmentProtocol;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The manager's treatment protocols: what a physician's order means for booking a series.
 */
@Route("protocols")
@PageTitle("Protocols | Rounds")
@Menu(order = 3.5, icon = "vaadin:clipboard-text", title = "Protocols")
@RolesAllowed("MANAGER")
public class ProtocolsView extends ListDetailLayout {

    private final ProtocolService protocols;
    private final Grid<TreatmentProtocol> grid = new Grid<>(TreatmentProtocol.class, false);
    private final ProtocolForm form;
    private Set<Long> assessments = Set.of();

    public ProtocolsView(ProtocolService protocols) {
        super("Select a protocol to change its visits, spacing or who may give it.");
        this.protocols = protocols;
        this.form = new ProtocolForm(this::save, this::confirmRemove, this::close);
        grid.setId("protocols-grid");
        grid.addColumn(TreatmentProtocol::getName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(p -> assessments.contains(p.getId()) ? "In-home assessment" : "Infusion series")
                .setHeader("Kind").setAutoWidth(true);
        grid.addColumn(TreatmentProtocol::getInfusionCount).setHeader("Infusions").setAutoWidth(true);
        grid.addColumn(p -> p.getFirstVisitMinutes() + " / " + p.getLaterVisitMinutes() + " min")
                .setHeader("First / later visit").setAutoWidth(true);
        grid.addColumn(p -> p.getInfusionCount() == 1 ? "-" : p.getMinHoursBetween() + "-" + p.getMaxHoursBetween() + " h")
                .setHeader("Between infusions").setAutoWidth(true);
        grid.addColumn(ProtocolsView::givenBy).setHeader("Given by").setAutoWidth(true);
        grid.addColumn(p -> p.isActive() ? "Active" : "Inactive").setHeader("Status").setAutoWidth(true);
        grid.setSizeFull();
        grid.setEmptyStateText("No protocols yet. Add the first one with New protocol.");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                protocols.find(e.getValue().getId()).ifPresent(this::open);
            }
        });
        Button add = new Button("New protocol", VaadinIcon.PLUS.create(), e -> {
            grid.asSingleSelect().clear();
            form.edit(new TreatmentProtocol("", 6, 120, 100, 44, 96, EnumSet.of(Credential.CRNA, Credential.NP,
                    Credential.MD)), false);
            showDetail("New protocol", form);
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-protocol");
        setList(new HorizontalLayout(add), grid);
        refresh();
    }

    /** "CRNA, NP, MD; RN in GA" : who may give it, per state. */
    static String givenBy(TreatmentProtocol p) {
        String everywhere = p.getCredentialsAllowed().stream().filter(c -> c != Credential.RN).sorted()
                .map(Credential::name).collect(Collectors.joining(", "));
        return p.getCredentialsAllowed().contains(Credential.RN)
                ? everywhere + "; RN in " + String.join(", ", p.getRnStates()) : everywhere;
    }

    private void refresh() {
        List<TreatmentProtocol> all = protocols.all();
        assessments = all.stream().filter(protocols::isAssessment).map(TreatmentProtocol::getId)
                .collect(Collectors.toSet());
        grid.setItems(all);
        form.setBoosterChoices(all.stream().filter(p -> p.isActive() && p.getInfusionCount() == 1
                && !assessments.contains(p.getId())).toList());
    }

    private void open(TreatmentProtocol protocol) {
        form.edit(protocol, protocols.isAssessment(protocol));
        showDetail(protocol.getName(), form);
    }

    private void save(TreatmentProtocol protocol) {
        try {
            TreatmentProtocol saved = protocols.save(protocol);
            Notices.saved("Saved " + saved.getName() + ". Series booked from now on follow it.");
            refresh();
            open(saved);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notices.problem("Someone else changed this protocol; reload to see their change. What you typed is still "
                    + "in the form.");
        } catch (IllegalArgumentException invalid) {
            Notices.problem(invalid.getMessage());
        }
    }

    private void confirmRemove(TreatmentProtocol protocol) {
        long using = protocols.plansUsing(protocol.getId());
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("protocol-remove-confirm");
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        if (using > 0) {
            confirm.setHeader("Deactivate " + protocol.getName() + "?");
            confirm.setText(using + (using == 1 ? " treatment plan follows" : " treatment plans follow")
                    + " this protocol, so it cannot be deleted. Deactivated, it is no longer offered when booking; "
                    + "plans already booked keep it.");
            confirm.setConfirmText("Deactivate");
        } else {
            confirm.setHeader("Delete " + protocol.getName() + "?");
            confirm.setText("No treatment plan follows this protocol. Deleting it cannot be undone.");
            confirm.setConfirmText("Delete");
        }
        confirm.addConfirmListener(e -> remove(protocol));
        confirm.open();
    }

    private void remove(TreatmentProtocol protocol) {
        try {
            boolean deleted = protocols.deleteOrDeactivate(protocol.getId());
            Notices.saved((deleted ? "Deleted " : "Deactivated ") + protocol.getName() + ".");
            refresh();
            close();
        } catch (ObjectOptimisticLockingFailureException | IllegalArgumentException gone) {
            Notices.problem("Someone else changed this protocol; reload to see their change.");
        }
    }

    private void close() {
        grid.asSingleSelect().clear();
        showEmpty();
    }
}
