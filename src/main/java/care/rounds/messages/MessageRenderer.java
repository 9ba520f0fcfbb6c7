package care.rounds.messages;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.TreeSet;

/** Fills a template's {{placeholders}} from {@link MessageFacts}; plain text, nothing escaped or evaluated. */
@Component
class MessageRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
    private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).defaultValue("");

    RenderedMessage render(MessageTemplate template, Channel channel, MessageFacts facts) {
        if (channel == Channel.EMAIL) {
            return new RenderedMessage(fill(template.getEmailSubject(), facts), fill(template.getEmailBody(), facts));
        }
        return new RenderedMessage(null, fill(template.getTextBody(), facts));
    }

    String fill(String text, MessageFacts facts) {
        Template compiled = compiler.compile(text);
        return compiled.execute(facts.asMap()).strip();
    }

    /** Placeholders the text uses that are not in {@link MessageFacts#PLACEHOLDERS}. */
    Set<String> unknownPlaceholders(String text) {
        Set<String> unknown = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            if (!MessageFacts.PLACEHOLDERS.contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }

    /** The text compiles as a template (braces balanced); null when it does, else what is wrong. */
    String syntaxProblem(String text) {
        try {
            compiler.compile(text == null ? "" : text);
            return null;
        } catch (MustacheException e) {
            return "A placeholder is not closed: write it as {{firstName}}.";
        }
    }
}
