package care.rounds.intake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.altcha.altcha.Altcha;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ALTCHA proof of work, verified here so no patient's data goes to a third party. A challenge is
 * signed with the server's key and carries when it was issued and when it expires in its salt; the
 * browser finds the number whose SHA-256 with the salt gives the challenge (tens of thousands of
 * hashes: a moment for one person, a real cost for a robot sending thousands). A solved challenge is
 * accepted once.
 */
@Component
public class ProofOfWork {

    static final Duration LIFETIME = Duration.ofHours(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String key;
    private final long maxNumber;
    private final Clock clock;
    /** Solved challenges already used, until they expire: a replayed proof is refused. */
    private final Map<String, Instant> used = new ConcurrentHashMap<>();

    ProofOfWork(IntakeSettings settings, Clock clock) {
        this.key = settings.proofOfWorkKey().isBlank()
                ? Base64.getEncoder().encodeToString(Altcha.randomBytes(32)) : settings.proofOfWorkKey();
        this.maxNumber = settings.proofOfWorkMaxNumber();
        this.clock = clock;
    }

    /** The verdict on what a form sent. */
    public enum Verdict { SOLVED, MISSING, EXPIRED, FORGED }

    /** A result, and when the solved challenge was issued (for the minimum time to fill the form). */
    public record Check(Verdict verdict, Instant issuedAt) {
    }

    /** A fresh challenge, in ALTCHA's JSON format. */
    public Altcha.Challenge challenge() {
        return challengeIssuedAt(clock.instant());
    }

    /** A challenge as if fetched {@code ago} by the clinic's clock: for tests of the minimum fill time. */
    public Altcha.Challenge challengeFetched(java.time.Duration ago) {
        return challengeIssuedAt(clock.instant().minus(ago));
    }

    private Altcha.Challenge challengeIssuedAt(Instant issuedAt) {
        try {
            return Altcha.createChallenge(new Altcha.ChallengeOptions()
                    .setHmacKey(key)
                    .setMaxNumber(maxNumber)
                    .setExpires(issuedAt.plus(LIFETIME).getEpochSecond())
                    .addParam("issued", String.valueOf(issuedAt.getEpochSecond())));
        } catch (Exception e) {
            throw new IllegalStateException("Could not create a proof-of-work challenge", e);
        }
    }

    /** Checks a payload (base64 JSON) once: the same solved challenge is never accepted twice. */
    public Check check(String payload) {
        if (payload == null || payload.isBlank()) {
            return new Check(Verdict.MISSING, null);
        }
        try {
            String json = new String(Base64.getDecoder().decode(payload.strip()), StandardCharsets.UTF_8);
            JsonNode fields = JSON.readTree(json);
            if (!Altcha.verifySolution(payload.strip(), key, false)) {
                return new Check(Verdict.FORGED, null);
            }
            Map<String, String> params = Altcha.extractParams(fields.path("salt").asText());
            Instant issued = Instant.ofEpochSecond(Long.parseLong(params.get("issued")));
            Instant expires = Instant.ofEpochSecond(Long.parseLong(params.get("expires")));
            Instant now = clock.instant();
            if (now.isAfter(expires)) {
                return new Check(Verdict.EXPIRED, issued);
            }
            forgetExpired(now);
            if (used.putIfAbsent(fields.path("challenge").asText(), expires) != null) {
                return new Check(Verdict.FORGED, issued);
            }
            return new Check(Verdict.SOLVED, issued);
        } catch (Exception e) {
            // not base64, not JSON, fields missing, numbers unreadable: not a proof our challenge produced
            return new Check(Verdict.FORGED, null);
        }
    }

    private void forgetExpired(Instant now) {
        if (used.size() > 1000) {
            used.values().removeIf(expires -> now.isAfter(expires));
        }
    }

    /** Solves a challenge the way the browser does: for tests and for API clients written in Java. */
    public static String solve(Altcha.Challenge challenge) {
        try {
            Altcha.Solution solution = Altcha.solveChallenge(challenge.challenge, challenge.salt,
                    Altcha.Algorithm.SHA256, challenge.maxnumber, 0);
            String json = JSON.writeValueAsString(Map.of("algorithm", challenge.algorithm, "challenge",
                    challenge.challenge, "number", solution.number, "salt", challenge.salt, "signature", challenge.signature));
            return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("Could not solve the challenge", e);
        }
    }
}
