package care.rounds.clinicians;

/**
 * What the roster list is filtered by: part of a name and, optionally, a credential.
 */
public record ClinicianFilter(String text, Credential credential) {

    public ClinicianFilter {
        text = text == null ? "" : text.strip();
    }

    public static ClinicianFilter none() {
        return new ClinicianFilter("", null);
    }
}
