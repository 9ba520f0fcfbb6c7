package care.rounds.messages;

/**
 * Sends one text message through an SMS provider. One adapter speaks Twilio's Messages API
 * ({@link TwilioTextMessages}); another provider needs only another implementation of this interface.
 */
public interface TextMessageProvider {

    /**
     * @param to   the number in international form, "+14045550100"
     * @param body the text as the patient reads it
     * @return the provider's id of the accepted message
     * @throws MessageNotSent when the provider did not accept it, saying whether a retry may help
     */
    String send(String to, String body) throws MessageNotSent;

    /**
     * Whether the provider already accepted this text to this number since {@code since}: asked before
     * sending again a message whose first sending was cut off, so a restart does not text the patient twice.
     *
     * @return the provider's id of the accepted message; empty when it has none (or cannot say)
     */
    default java.util.Optional<String> alreadyAccepted(String to, String body, java.time.Instant since)
            throws MessageNotSent {
        return java.util.Optional.empty();
    }
}
