package care.rounds.messages;

import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.security.SystemActor;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * The SMS provider's webhook for replies (Twilio's inbound message request: form fields From and Body,
 * signed with the account's secret in X-Twilio-Signature). A reply of STOP (or UNSUBSCRIBE, END, QUIT,
 * CANCEL, STOPALL) ends text messages to every patient with that number, and withdraws their waiting texts.
 */
@RestController
class TextReplies {

    static final String PATH = "/api/messages/text-replies";
    private static final Logger log = LoggerFactory.getLogger(TextReplies.class);
    private static final Set<String> STOP_WORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT");
    private static final SystemActor REPLIES = SystemActor.office("Text message replies");
    private static final String EMPTY_REPLY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    private final PatientMessageRepository messages;
    private final PatientService patients;
    private final MessageQueue queue;
    private final TextMessageSettings settings;
    private final Clock clock;
    private final String publicUrl;

    TextReplies(PatientMessageRepository messages, PatientService patients, MessageQueue queue,
                TextMessageSettings settings, Clock clock,
                @org.springframework.beans.factory.annotation.Value("${rounds.messages.text.reply-url:}") String publicUrl) {
        this.publicUrl = publicUrl;
        this.messages = messages;
        this.patients = patients;
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Transactional
    public ResponseEntity<String> reply(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
        if (!signedByProvider(form, request)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN)
                    .body("The request is not signed with the account's secret.");
        }
        String from = MessageQueue.phoneNumber(form.getFirst("From"));
        String body = form.getFirst("Body") == null ? "" : form.getFirst("Body").strip().toUpperCase(Locale.ROOT);
        if (from != null && STOP_WORDS.contains(body)) {
            stop(from);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(EMPTY_REPLY);
    }

    private void stop(String number) {
        List<Long> patientIds = messages.findByChannelAndRecipient(Channel.TEXT, number).stream()
                .map(PatientMessage::getPatientId).distinct().toList();
        for (Patient patient : patients.byIds(patientIds)) {
            patient.optOutOfTexts(clock.instant());
            REPLIES.run(() -> patients.save(patient));
            messages.findByPatientIdAndChannelAndStatusIn(patient.getId(), Channel.TEXT, List.of(MessageStatus.QUEUED))
                    .forEach(m -> queue.withdraw(m.getId(), "The patient replied STOP to text messages"));
        }
        log.info("A STOP reply ended text messages for {} patient(s)", patientIds.size());
    }

    /** Twilio's signature: HMAC-SHA1 of the URL and the sorted form fields, with the account's secret. */
    private boolean signedByProvider(MultiValueMap<String, String> form, HttpServletRequest request) {
        if (settings.authToken() == null || settings.authToken().isBlank()) {
            return false;
        }
        String signature = request.getHeader("X-Twilio-Signature");
        if (signature == null) {
            return false;
        }
        // behind a proxy the provider signs the public address it called, not the one the app sees
        StringBuilder signed = new StringBuilder(publicUrl.isBlank() ? request.getRequestURL().toString() : publicUrl);
        new TreeMap<>(form.toSingleValueMap()).forEach((name, value) -> signed.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(settings.authToken().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] expected = mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(Base64.getEncoder().encode(expected), signature.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The signature a provider sends for this URL and form (tests and the stand-in use it). */
    static String signature(String authToken, String url, java.util.Map<String, String> form) {
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(form).forEach((name, value) -> signed.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
