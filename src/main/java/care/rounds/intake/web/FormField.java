package care.rounds.intake.web;

/**
 * One input of the public form as the template draws it: its label, what was typed, and the message
 * when it needs correcting. Never null, so the template needs no null checks.
 */
public record FormField(String name, String label, String hint, String type, String autocomplete, String inputmode,
                 boolean required, boolean textarea, int maxlength, String value, String error) {

    public boolean hasError() {
        return !error.isEmpty();
    }

    public boolean hasHint() {
        return !hint.isEmpty();
    }

    /** The ids a screen reader reads after the label: the hint, then the error. */
    public String describedBy() {
        String ids = (hasHint() ? "rounds-" + name + "-hint " : "") + (hasError() ? "rounds-" + name + "-error" : "");
        return ids.strip();
    }

    public boolean hasInputmode() {
        return !inputmode.isEmpty();
    }

    public boolean hasDescription() {
        return !describedBy().isEmpty();
    }
}
