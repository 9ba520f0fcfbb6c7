package care.rounds.printout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a print-out as the patient sees it: its text, its page count, its pages rendered to PNG. */
final class PrintoutPages {

    private PrintoutPages() {
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves each page as {@code target/screenshots/<name>-<page>.png} at 110 dpi; returns the first. */
    static Path screenshot(byte[] pdf, String name) {
        Path folder = Path.of(System.getProperty("rounds.screenshots", "target/screenshots"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Files.createDirectories(folder);
            PDFRenderer renderer = new PDFRenderer(document);
            Path first = null;
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 110);
                Path file = folder.resolve(name + "-" + (page + 1) + ".png");
                ImageIO.write(image, "png", file.toFile());
                first = first == null ? file : first;
            }
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
