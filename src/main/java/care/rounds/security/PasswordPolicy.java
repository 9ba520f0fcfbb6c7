package care.rounds.security;

import org.passay.DictionarySubstringRule;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.Rule;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a login's password must be (Passay): long enough, not a common password or one with one inside,
 * no run of one character, no keyboard or alphabet run, enough different characters.
 * Long passphrases of plain words pass; "aaaaaaaaaa" and "password12" do not. Each refusal says what
 * to change.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    static final int MIN_DISTINCT_CHARACTERS = 5;

    private static final PasswordValidator VALIDATOR = new PasswordValidator(List.of(
            new LengthRule(MIN_LENGTH, 128),
            inAnyCase(commonPasswordRule()),
            new RepeatCharacterRegexRule(4),
            new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 5, false),
            new IllegalSequenceRule(EnglishSequenceData.Numerical, 5, false),
            new IllegalSequenceRule(EnglishSequenceData.USQwerty, 5, false),
            distinctCharacters()));

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("TOO_SHORT", "Use at least " + MIN_LENGTH + " characters; a few unrelated words make a good password."),
            Map.entry("TOO_LONG", "Use at most 128 characters."),
            Map.entry("ILLEGAL_WORD", "This password is too common (it contains \"%s\"); choose words nobody would guess."),
            Map.entry("ILLEGAL_WORD_REVERSED", "This password is too common (it contains \"%s\" backwards); choose words nobody would guess."),
            Map.entry("ILLEGAL_MATCH", "Do not repeat one character 4 times in a row."),
            Map.entry("ILLEGAL_ALPHABETICAL_SEQUENCE", "Avoid alphabet runs such as \"abcde\"."),
            Map.entry("ILLEGAL_NUMERICAL_SEQUENCE", "Avoid number runs such as \"12345\"."),
            Map.entry("ILLEGAL_QWERTY_SEQUENCE", "Avoid keyboard runs such as \"qwert\"."),
            Map.entry("TOO_FEW_DISTINCT", "Use at least " + MIN_DISTINCT_CHARACTERS + " different characters."));

    private PasswordPolicy() {
    }

    /** What is wrong with the password, in one sentence per problem; empty when it is good. */
    public static Optional<String> problemWith(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(MESSAGES.get("TOO_SHORT"));
        }
        RuleResult result = VALIDATOR.validate(new PasswordData(username == null ? "" : username.strip(), password));
        if (result.isValid()) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", result.getDetails().stream()
                .map(PasswordPolicy::message).distinct().toList()));
    }

    private static String message(RuleResultDetail detail) {
        String template = MESSAGES.getOrDefault(detail.getErrorCode(), "Choose a stronger password.");
        Object word = detail.getParameters().get("matchingWord");
        return word == null ? template.replace(" (it contains \"%s\")", "").replace(" (it contains \"%s\" backwards)", "")
                : template.formatted(word);
    }

    /** Passay compares words as typed; "PassWord" is as common as "password". */
    private static Rule inAnyCase(Rule rule) {
        return password -> rule.validate(new PasswordData(password.getUsername(),
                password.getPassword().toLowerCase(java.util.Locale.ROOT)));
    }

    private static Rule distinctCharacters() {
        return password -> {
            long distinct = password.getPassword().codePoints().distinct().count();
            RuleResult result = new RuleResult(distinct >= MIN_DISTINCT_CHARACTERS);
            if (!result.isValid()) {
                result.addError("TOO_FEW_DISTINCT", Map.of("distinct", distinct));
            }
            return result;
        };
    }

    private static Rule commonPasswordRule() {
        DictionarySubstringRule rule = new DictionarySubstringRule(new WordListDictionary(commonPasswords()));
        rule.setMatchBackwards(true);
        return rule;
    }

    private static ArrayWordList commonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            String[] words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(String::toLowerCase).distinct().toArray(String[]::new);
            return new ArrayWordList(words, false, new ArraysSort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
