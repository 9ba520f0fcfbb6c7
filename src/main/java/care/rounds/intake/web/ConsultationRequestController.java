package care.rounds.intake.web;

import care.rounds.intake.ConsultationIntake;
import care.rounds.intake.ConsultationRequestForm;
import care.rounds.intake.SubmissionResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.altcha.altcha.Altcha;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The public JSON endpoint behind a clinic website's "request a free consultation" form. No login;
 * the answer never echoes what was sent and never names the stored request.
 */
@RestController
@RequestMapping(ConsultationRequestController.PATH)
@Tag(name = "Consultation requests", description = "Ask for a free consultation; the patient coordinator calls back.")
class ConsultationRequestController {

    static final String PATH = "/api/consultation-requests";

    private final ConsultationIntake intake;

    ConsultationRequestController(ConsultationIntake intake) {
        this.intake = intake;
    }

    /**
     * Runs before the body is read. Without "consumes" on the mapping (which would send a wrong content
     * type to the error page instead of IntakeApiErrors' JSON 415), any converter on the classpath would
     * read the body: XML too. The API description promises JSON only.
     */
    @ModelAttribute
    void onlyJson(HttpServletRequest http) throws HttpMediaTypeNotSupportedException {
        if (!HttpMethod.POST.matches(http.getMethod())) {
            return; // the challenge is fetched with GET and carries no body
        }
        MediaType type;
        try {
            type = http.getContentType() == null ? null : MediaType.parseMediaType(http.getContentType());
        } catch (InvalidMediaTypeException unreadable) {
            type = null;
        }
        if (type == null || !(MediaType.APPLICATION_JSON.includes(type) || "json".equals(type.getSubtypeSuffix()))) {
            throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.APPLICATION_JSON), HttpMethod.POST);
        }
    }

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Request a free consultation",
            description = "Needs no login. Consent to be contacted is required. At most a few requests per hour "
                    + "are accepted from one network address (setting rounds.intake.rate-limit-per-hour).")
    @ApiResponse(responseCode = "201", description = "Received; the coordinator will call back")
    @ApiResponse(responseCode = "400", description = "A field needs correcting, or the body is not valid JSON",
            content = @Content(schema = @Schema(implementation = IntakeAnswer.class)))
    @ApiResponse(responseCode = "415", description = "The body was not sent as application/json",
            content = @Content(schema = @Schema(implementation = IntakeAnswer.class)))
    @ApiResponse(responseCode = "429", description = "Too many requests from this address",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait"),
            content = @Content(schema = @Schema(implementation = IntakeAnswer.class)))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ConsultationRequestForm.class)))
    ResponseEntity<IntakeAnswer> submit(@RequestBody ConsultationRequestForm form, HttpServletRequest http) {
        SubmissionResult result = intake.submit(form, http.getRemoteAddr());
        if (result instanceof SubmissionResult.NeedsCorrection invalid) {
            return ResponseEntity.badRequest()
                    .body(new IntakeAnswer("Please correct the fields listed in errors.", invalid.errors()));
        }
        if (result instanceof SubmissionResult.TooManyRequests tooMany) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfterSeconds()))
                    .body(IntakeAnswer.of("Too many requests from your address. Please try again in "
                            + tooMany.retryAfterMinutes() + " minutes, or call the clinic."));
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(IntakeAnswer.of("Thank you. Our patient coordinator will contact you soon."));
    }

    @GetMapping(path = "/challenge", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A proof-of-work challenge for one request",
            description = "ALTCHA's format: find the number n (0 to maxnumber) for which the SHA-256 hex of salt + n equals "
                    + "challenge, then send base64 of the JSON {algorithm, challenge, number, salt, signature} as the "
                    + "request's altcha field. Valid for two hours, accepted once; a request sent less than a few "
                    + "seconds after its challenge was fetched is treated as a robot's.")
    @ApiResponse(responseCode = "200", description = "The challenge")
    ResponseEntity<Altcha.Challenge> challenge() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(intake.challenge());
    }
}
