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
}
