package care.rounds.messages;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Twilio's Messages API: a form-encoded POST to {@code /2010-04-01/Accounts/{sid}/Messages.json} with
 * basic authentication; 201 with the message's {@code sid} when accepted. 429 and 5xx are worth a retry;
 * other refusals (an invalid number, a recipient who replied STOP) are not.
 */
@Component
class TwilioTextMessages implements TextMessageProvider {

    private static final Pattern SID = Pattern.compile("\"sid\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ERROR = Pattern.compile("\"message\"\\s*:\\s*\"([^\"]{0,200})");

    private final TextMessageSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TwilioTextMessages(TextMessageSettings settings) {
        this.settings = settings;
    }

    @Override
    public String send(String to, String body) throws MessageNotSent {
        if (!settings.configured()) {
            throw new MessageNotSent("No text message provider is set up (rounds.messages.text.account-sid, "
                    + "auth-token and from)", true);
        }
        String form = "To=" + encode(to) + "&From=" + encode(settings.from()) + "&Body=" + encode(body);
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url().replaceAll("/+$", "")
                        + "/2010-04-01/Accounts/" + encode(settings.accountSid()) + "/Messages.json"))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (settings.accountSid() + ":" + settings.authToken()).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new MessageNotSent("The text message provider could not be reached (" + e.getClass().getSimpleName()
                    + ")", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessageNotSent("Sending was interrupted", false);
        }
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            Matcher sid = SID.matcher(response.body());
            return sid.find() ? sid.group(1) : "";
        }
        Matcher error = ERROR.matcher(response.body() == null ? "" : response.body());
        String why = "The text message provider answered " + status + (error.find() ? ": " + error.group(1) : "");
        boolean retryable = status == 429 || status >= 500;
        throw new MessageNotSent(why, !retryable);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
