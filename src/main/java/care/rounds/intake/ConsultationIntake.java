package care.rounds.intake;

import care.rounds.intake.internal.IntakeRateLimit;
import care.rounds.intake.internal.IntakeSettings;
import care.rounds.intake.internal.ProofOfWork;
import care.rounds.intake.internal.SpamTally;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.altcha.altcha.Altcha;
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
 * the spam defence: the honeypot, the proof of work and the minimum time to fill the form. Spam is
 * dropped and counted; a request without a proof of work (a browser with JavaScript off, or a simple
 * robot) is held out of the inbox for review. Every robot is answered like a person, so it learns
 * nothing. Logs carry the request's id, never what the person wrote.
 */
@Service
public class ConsultationIntake {

    private static final Logger log = LoggerFactory.getLogger(ConsultationIntake.class);

    private final ConsultationRequestRepository requests;
    private final IntakeRateLimit rateLimit;
    private final ProofOfWork proofOfWork;
    private final SpamTally spam;
    private final Duration minimumFillTime;
    private final Validator validator;
    private final Clock clock;

    ConsultationIntake(ConsultationRequestRepository requests, IntakeRateLimit rateLimit, ProofOfWork proofOfWork,
                       SpamTally spam, IntakeSettings settings, Validator validator, Clock clock) {
        this.requests = requests;
        this.rateLimit = rateLimit;
        this.proofOfWork = proofOfWork;
        this.spam = spam;
        this.minimumFillTime = Duration.ofSeconds(settings.minimumFillSeconds());
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
        Optional<SpamReason> spamReason = spamIn(form);
        if (spamReason.isPresent() && spamReason.get() != SpamReason.NO_PROOF) {
            spam.count(spamReason.get());
            log.info("Consultation request dropped: {}", spamReason.get().description());
            return new SubmissionResult.Received();
        }
        RequestStatus status = spamReason.isPresent() ? RequestStatus.HELD : RequestStatus.NEW;
        ConsultationRequest saved = requests.save(new ConsultationRequest(form, clock.instant(), status));
        if (status == RequestStatus.HELD) {
            spam.count(SpamReason.NO_PROOF);
            log.info("Consultation request {} held for review: no proof of work", saved.getId());
        } else {
            log.info("Consultation request {} received", saved.getId());
        }
        return new SubmissionResult.Received();
    }

    /** A new challenge for the form's script to solve (ALTCHA's format). */
    public Altcha.Challenge challenge() {
        return proofOfWork.challenge();
    }

    private Optional<SpamReason> spamIn(ConsultationRequestForm form) {
        if (form.fillsSpamTrap()) {
            return Optional.of(SpamReason.SPAM_TRAP);
        }
        ProofOfWork.Check proof = proofOfWork.check(form.altcha());
        return switch (proof.verdict()) {
            case MISSING, EXPIRED -> Optional.of(SpamReason.NO_PROOF);
            case FORGED -> Optional.of(SpamReason.FORGED_PROOF);
            case SOLVED -> proof.issuedAt().plus(minimumFillTime).isAfter(clock.instant())
                    ? Optional.of(SpamReason.TOO_FAST) : Optional.empty();
        };
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
