package care.rounds.custody.ui;

import care.rounds.audit.PatientDataAudit;
import care.rounds.base.ClinicTime;
import care.rounds.custody.CustodyCsv;
import care.rounds.custody.CustodyRecord;
import care.rounds.custody.CustodyRefused;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/** The custody ledger of a date range as CSV, every entry as written; each download is audited. */
class ExportSection extends VerticalLayout {

    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Anchor csv = new Anchor();

    ExportSection(CustodyRecord record, CustodyNames names, ClinicTime time, PatientDataAudit audit) {
        setPadding(false);
        from.setId("export-from");
        to.setId("export-to");
        from.setLocale(Locale.US);
        to.setLocale(Locale.US);
        from.setValue(time.today().withDayOfMonth(1));
        to.setValue(time.today());
        csv.setId("custody-csv");
        csv.setText("Download the custody record (CSV)");
        csv.setHref((DownloadHandler) event -> {
            LocalDate first = from.getValue();
            LocalDate last = to.getValue();
            String body;
            try {
                body = CustodyCsv.of(record.entries(first, last), names.kits(), names.clinicians(), time.zone());
            } catch (CustodyRefused refused) {
                body = refused.getMessage() + "\r\n";
            }
            String fileName = "rounds-custody-" + first + "-to-" + last + ".csv";
            audit.exported("Custody record " + fileName);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=utf-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        });
        HorizontalLayout bar = new HorizontalLayout(from, to, csv);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3("Export"), bar);
    }
}
