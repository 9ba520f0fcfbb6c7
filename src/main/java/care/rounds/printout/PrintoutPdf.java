package care.rounds.printout;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

/** Draws a {@link PrintoutContent} on US Letter pages: large type, one table of visits, plain words. */
final class PrintoutPdf {

    private static final Color CLINIC = new Color(0x1a, 0x5c, 0x96);
    private static final Color MUTED = new Color(0x5f, 0x63, 0x68);
    private static final Color RULE = new Color(0xda, 0xdc, 0xe0);
    private static final Font TITLE = new Font(Font.HELVETICA, 22, Font.BOLD, CLINIC);
    private static final Font PHONE = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 12);
    private static final Font BODY_BOLD = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 10, Font.NORMAL, MUTED);

    private PrintoutPdf() {
    }

    static byte[] write(PrintoutContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 54, 54, 40, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle("Your visits - " + content.clinicName());
        document.addCreator("Rounds");
        document.open();
        header(document, content);
        visits(document, content);
        section(document, "Before each visit");
        com.lowagie.text.List prepare = new com.lowagie.text.List(false, 14);
        prepare.setListSymbol(new Chunk("\u2022", BODY));
        content.preparation().forEach(line -> prepare.add(new ListItem(line, BODY)));
        document.add(prepare);
        section(document, "If you need help now");
        content.crisisLines().forEach(line -> document.add(spaced(line, BODY_BOLD, 2)));
        Paragraph footer = new Paragraph(content.clinicPhone().isEmpty()
                ? "To change or cancel a visit, contact " + content.clinicName() + "."
                : "To change or cancel a visit, call " + content.clinicPhone() + ".", BODY);
        footer.setSpacingBefore(10);
        document.add(footer);
        document.add(spaced("Prepared on " + content.preparedOn() + ". Times are " + content.zoneName() + ".", SMALL, 6));
        document.close();
        return out.toByteArray();
    }

    private static void header(Document document, PrintoutContent content) {
        document.add(new Paragraph(content.clinicName(), TITLE));
        if (!content.clinicPhone().isEmpty()) {
            document.add(spaced("Phone " + content.clinicPhone(), PHONE, 2));
        }
        Paragraph who = new Paragraph("Your visits at home, for " + content.patientName(), HEADING);
        who.setSpacingBefore(12);
        document.add(who);
    }

    private static void visits(Document document, PrintoutContent content) {
        if (content.visits().isEmpty()) {
            document.add(spaced("No visit is booked yet. We will call you with the dates.", BODY, 8));
            return;
        }
        document.add(spaced("The clinician arrives within this half hour. Times are " + content.zoneName() + ".", BODY, 4));
        PdfPTable table = new PdfPTable(new float[]{0.5f, 3.2f, 3.0f, 1.8f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        for (String heading : new String[]{"", "Date", "Arrival", "Clinician"}) {
            table.addCell(cell(heading, BODY_BOLD, true));
        }
        int n = 1;
        for (PrintedVisit visit : content.visits()) {
            table.addCell(cell(String.valueOf(n++), BODY, false));
            table.addCell(cell(visit.date(), BODY_BOLD, false));
            table.addCell(cell(visit.arrival(), BODY, false));
            table.addCell(cell(visit.clinician(), BODY, false));
        }
        document.add(table);
    }

    private static PdfPCell cell(String text, Font font, boolean heading) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(heading ? Color.DARK_GRAY : RULE);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(6);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static void section(Document document, String title) {
        Paragraph heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private static Paragraph spaced(String text, Font font, float before) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(before);
        return paragraph;
    }
}
