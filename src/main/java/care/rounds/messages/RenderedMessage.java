package care.rounds.messages;

/** A message's text as the patient reads it; the subject is for email only. */
public record RenderedMessage(String subject, String body) {
}
