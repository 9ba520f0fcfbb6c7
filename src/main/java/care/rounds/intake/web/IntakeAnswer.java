package care.rounds.intake.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Map;

/**
 * Every answer of the intake API: a sentence for people and, for a 400, one message per field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IntakeAnswer")
record IntakeAnswer(
        @Schema(example = "Thank you. Our patient coordinator will contact you soon.") String message,
        @Schema(description = "Per field, what to correct (400 only)",
                example = "{\"phone\": \"Enter a phone number such as (404) 555-0123.\"}")
        Map<String, String> errors) {

    static IntakeAnswer of(String message) {
        return new IntakeAnswer(message, null);
    }
}
