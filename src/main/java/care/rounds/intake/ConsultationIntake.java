package care.rounds.intake;

import care.rounds.intake.internal.IntakeRateLimit;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Receives consultation requests from the public: no login. Checks the fields, then the per-address
 * rate limit (only complete requests count, so a person correcting a typo is not locked out), then
 * the honeypot. Logs carry the request's id, never what the person wrote.
 */
@Service
public class ConsultationIntake {

    private static final Logger log = LoggerFactory.getLogger(ConsultationIntake.class);

    private final ConsultationRequestRepository requests;
    private final IntakeRateLimit rateLimit;
    private final Validator validator;
    private final Clock clock;

    ConsultationIntake(ConsultationRequestRepository requests, IntakeRateLimit rateLimit, Validator validator,
                       Clock clock) {
        this.requests = requests;
        this.rateLimit = rateLimit;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * @param form          what the person typed
     * @param clientAddress the sender's network address, the key of the rate limit
     */
    @Transactional
    public SubmissionResult submit(ConsultationRequestForm form, String clientAddress) {
        Map<String, String> errors = errorsIn(form);
        if (!errors.isEmpty()) {
            return new SubmissionResult.NeedsCorrection(errors);
        }
        Optional<Duration> wait = rateLimit.tryTake(clientAddress);
        if (wait.isPresent()) {
            log.debug("Consultation request refused: rate limit reached");
            return new SubmissionResult.TooManyRequests(wait.get());
        }
        if (form.isFromRobot()) {
            log.info("Consultation request dropped: spam trap filled in");
            return new SubmissionResult.Received();
        }
        ConsultationRequest saved = requests.save(new ConsultationRequest(form, clock.instant()));
        log.info("Consultation request {} received", saved.getId());
        return new SubmissionResult.Received();
    }

    /** One message per field, in a stable order; the first broken rule of a field wins. */
    private Map<String, String> errorsIn(ConsultationRequestForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(form).stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString())
                        .thenComparing(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()))
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }
}
