package care.rounds.intake.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.Locale;

/**
 * Checks {@link PlainText}; each refusal names the field, the problem and what to do.
 */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private PlainText rule;

    @Override
    public void initialize(PlainText rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String problem = problemWith(value);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // the message is a literal: escape Bean Validation's message interpolation characters
        context.buildConstraintViolationWithTemplate(problem.replace("\\", "\\\\").replace("{", "\\{")
                        .replace("}", "\\}").replace("$", "\\$"))
                .addConstraintViolation();
        return false;
    }

    private String problemWith(String value) {
        String what = rule.what();
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (isDirectionOverride(c)) {
                return capitalised(what) + " contains a hidden text-direction character (" + hex(c) + ") that can "
                        + "make it show reversed; remove it and type the text again.";
            }
            if (Character.getType(c) == Character.SURROGATE) {
                return capitalised(what) + " contains a broken character; type the text again.";
            }
            if (Character.isISOControl(c) && !(rule.multiline() && (c == '\n' || c == '\r' || c == '\t'))) {
                return capitalised(what) + " contains an invisible control character (" + hex(c) + ")"
                        + (rule.multiline() ? "" : " or a line break") + "; remove it and type the text again.";
            }
            i += Character.charCount(c);
        }
        long length = value.codePointCount(0, value.length());
        if (length > rule.max()) {
            return "Keep " + what + " to " + rule.max() + " characters; it has " + length + ".";
        }
        return null;
    }

    private static boolean isDirectionOverride(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String hex(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }

    private static String capitalised(String what) {
        return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
