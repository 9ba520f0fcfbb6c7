package care.rounds.intake.web;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

/**
 * Turns failures of the intake API into readable JSON: an API client never sees a stack trace.
 * Logs name only the kind of failure: database errors quote the rejected row, which is patient data.
 */
@RestControllerAdvice(assignableTypes = ConsultationRequestController.class)
class IntakeApiErrors {

    private static final Logger log = LoggerFactory.getLogger(IntakeApiErrors.class);

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<IntakeAnswer> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().get(mismatch.getPath().size() - 1).getFieldName();
            if (field != null) {
                return ResponseEntity.badRequest().body(new IntakeAnswer("Please correct the fields listed in errors.",
                        Map.of(field, "This value has the wrong type.")));
            }
        }
        return ResponseEntity.badRequest().body(IntakeAnswer.of(
                "The request body is not valid JSON. Send an object with name, phone, email, "
                        + "preferredContactTime, message and consentToContact."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<IntakeAnswer> notJson(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(IntakeAnswer.of("Send the request as JSON, with the header Content-Type: application/json."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<IntakeAnswer> unexpected(Exception e) {
        log.error("Consultation request failed: {}", e.getClass().getName());
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(IntakeAnswer.of(
                "Something went wrong on our side and your request was not saved. Please try again later or call the clinic."));
    }
}
