package care.rounds.printout.ui;

import care.rounds.base.ui.DetailSection;
import care.rounds.printout.PatientPrintout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.springframework.context.annotation.Scope;

import java.io.ByteArrayInputStream;

/**
 * "Print for the patient" on the patient screen: the PDF is made when the link is opened and served
 * from the Vaadin session under a random address with a fixed file name, so neither the patient's id
 * nor their name is in a URL; the service checks the role again.
 */
@SpringComponent
@Scope("prototype")
class PrintoutSection implements DetailSection.OfPatient {

    static final String FILE_NAME = "visits-printout.pdf";

    private final PatientPrintout printout;
    private final HorizontalLayout box = new HorizontalLayout();

    PrintoutSection(PatientPrintout printout) {
        this.printout = printout;
        box.setId("patient-printout");
        box.setPadding(false);
    }

    @Override
    public Component component() {
        return box;
    }

    @Override
    public void show(Long patientId) {
        box.removeAll();
        box.setVisible(patientId != null);
        if (patientId == null) {
            return;
        }
        DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = printout.pdf(patientId);
            return new DownloadResponse(new ByteArrayInputStream(bytes), FILE_NAME, "application/pdf", bytes.length);
        }).inline();
        Anchor link = new Anchor(pdf, "");
        link.setId("print-for-patient");
        link.setTarget(AnchorTarget.BLANK);
        link.add(VaadinIcon.PRINT.create(), new com.vaadin.flow.component.html.Span(
                " Print for the patient (dates, what to prepare, crisis lines)"));
        box.add(link);
    }
}
