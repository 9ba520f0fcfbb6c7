package care.rounds.intake.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person typed: no invisible control characters (a NUL, an escape; line breaks and tabs only
 * where {@link #multiline()}), no text-direction overrides or isolates (U+202A-U+202E, U+2066-U+2069)
 * that make a name show reversed in the inbox, no broken surrogate halves, and at most {@link #max()}
 * characters counted as people count them (code points: an emoji is one, not two UTF-16 units).
 * Null is valid (use {@code @NotBlank} for required fields).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {

    /** How the field is named in messages: "the name", "the message". */
    String what();

    int max();

    boolean multiline() default false;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
