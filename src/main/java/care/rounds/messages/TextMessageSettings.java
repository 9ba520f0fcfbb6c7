package care.rounds.messages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS provider's account (settings {@code rounds.messages.text.*}). Without an account id no text
 * message is sent: each is logged as failed with the reason, and email still goes out.
 *
 * @param url        the provider's API address (Twilio: https://api.twilio.com; a stand-in in tests)
 * @param accountSid the account id, the user name of the API's basic authentication
 * @param authToken  the account's secret, also used to check the signature of STOP replies
 * @param from       the clinic's sending number, "+14045550100"
 */
@ConfigurationProperties("rounds.messages.text")
public record TextMessageSettings(@DefaultValue("https://api.twilio.com") String url, String accountSid,
                                  String authToken, String from) {

    boolean configured() {
        return accountSid != null && !accountSid.isBlank() && authToken != null && !authToken.isBlank()
                && from != null && !from.isBlank();
    }

    @Override
    public String toString() {
        return "TextMessageSettings[url=" + url + ", accountSid=" + accountSid + ", from=" + from + "]";
    }
}
