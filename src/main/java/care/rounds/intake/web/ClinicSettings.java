package care.rounds.intake.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Locale;

/**
 * How the public consultation form presents the clinic ({@code rounds.clinic.*}): its name, the phone
 * number shown beside every error, its logo and its colour.
 *
 * @param name       the clinic's name, in the page's header and title
 * @param phone      the number people can call instead; shown on every error and on the thank-you page
 * @param logoUrl    an image shown before the name (empty: none)
 * @param colour     the clinic's colour for the header, links and the button (#rrggbb); white text on it
 *                   must reach a contrast of 4.5:1 (WCAG AA), or the application does not start
 * @param privacyUrl the clinic's privacy notice (empty: the form's own short notice only)
 */
@ConfigurationProperties("rounds.clinic")
public record ClinicSettings(@DefaultValue("Rounds") String name,
                             @DefaultValue("") String phone,
                             @DefaultValue("") String logoUrl,
                             @DefaultValue("#1a5c96") String colour,
                             @DefaultValue("") String privacyUrl) {

    public ClinicSettings {
        colour = colour.strip().toLowerCase(Locale.ROOT);
        if (!colour.matches("#[0-9a-f]{6}")) {
            throw new IllegalArgumentException("rounds.clinic.colour: '" + colour + "' is not a colour. Write it as #rrggbb, e.g. #1a5c96");
        }
        double contrast = 1.05 / (luminance(colour) + 0.05);
        if (contrast < 4.5) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "rounds.clinic.colour: white text on %s has a "
                    + "contrast of %.1f:1; the form needs at least 4.5:1 to be readable. Choose a darker colour.", colour, contrast));
        }
        phone = phone.strip();
    }

    /** The phone number as a tel: link target: digits and a leading plus only. */
    public String phoneLink() {
        String digits = phone.replaceAll("[^0-9+]", "");
        return digits.length() == 10 ? "+1" + digits : digits;
    }

    /** WCAG relative luminance of #rrggbb. */
    static double luminance(String colour) {
        double[] channel = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channel[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
    }
}
