package care.rounds.custody.ui;

import care.rounds.audit.PatientDataAudit;
import care.rounds.base.ClinicTime;
import care.rounds.custody.CustodyRecord;
import care.rounds.custody.KitCustody;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The manager's Schedule III custody: open discrepancies of past days (resolve each with a reason), a
 * day's sign-outs reconciled with its printable report, wastes waiting for a witness, the kits in the
 * safe and out (add a kit), and the ledger of a date range as CSV.
 */
@Route("custody")
@PageTitle("Custody | Rounds")
@Menu(order = 3.95, icon = "vaadin:safe", title = "Custody")
@RolesAllowed("MANAGER")
public class CustodyView extends VerticalLayout {

    private final OpenDiscrepancies discrepancies;
    private final DaySection day;
    private final KitsSection kits;

    public CustodyView(CustodyRecord record, KitCustody custody, ClinicTime time, PatientDataAudit audit) {
        CustodyNames names = new CustodyNames(record);
        discrepancies = new OpenDiscrepancies(record, names, time, this::refresh);
        day = new DaySection(record, names, time);
        kits = new KitsSection(record, names, time);
        WasteWitnessList witness = new WasteWitnessList(custody, time, this::refresh);
        add(discrepancies, day, witness, kits, new ExportSection(record, names, time, audit));
        setWidthFull();
    }

    private void refresh() {
        discrepancies.refresh();
        day.refresh();
        kits.refresh();
    }
}
