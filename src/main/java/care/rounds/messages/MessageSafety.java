package care.rounds.messages;

import care.rounds.plans.TreatmentProtocol;
import care.rounds.plans.TreatmentProtocolRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps treatment out of messages: a text or an email may be read by anyone near the patient's phone,
 * so no message names a diagnosis, a treatment protocol or a medication (setting
 * {@code rounds.messages.forbidden-words}, plus every protocol's name).
 */
@Component
class MessageSafety {

    private final TreatmentProtocolRepository protocols;
    private final List<String> forbiddenWords;

    MessageSafety(TreatmentProtocolRepository protocols,
                  @Value("${rounds.messages.forbidden-words:ketamine,esketamine,spravato,ptsd,depression,"
                          + "post-traumatic,anxiety,diagnosis,infusion,infusions,iv,dose,mg,medication,"
                          + "treatment,therapy,psychiatric,suicidal,bipolar}") List<String> forbiddenWords) {
        this.protocols = protocols;
        this.forbiddenWords = forbiddenWords.stream().map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    /** The first forbidden word or protocol name the text contains, if any. */
    Optional<String> firstForbidden(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (String word : forbidden()) {
            if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find()) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    List<String> forbidden() {
        List<String> all = new ArrayList<>(forbiddenWords);
        protocols.findAll().stream().map(TreatmentProtocol::getName).filter(n -> n != null && !n.isBlank())
                .map(n -> n.strip().toLowerCase(Locale.ROOT)).forEach(all::add);
        return all;
    }
}
