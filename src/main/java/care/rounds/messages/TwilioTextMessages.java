package care.rounds.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Base64;

/**
 * Twilio's Messages API: a form-encoded POST to {@code /2010-04-01/Accounts/{sid}/Messages.json} with
 * basic authentication; 201 with the message's {@code sid} when accepted. 429 and 5xx are worth a retry;
 * other refusals (an invalid number, a recipient who replied STOP) are not.
 */
@Component
class TwilioTextMessages implements TextMessageProvider {


    private final TextMessageSettings settings;
    private final ObjectMapper json = new ObjectMapper();
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
        HttpRequest request = HttpRequest.newBuilder(URI.create(accountUrl() + "/Messages.json"))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", basicAuth())
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
            try {
                return json.readTree(response.body()).path("sid").asText("");
            } catch (IOException e) {
                return "";
            }
        }
        String why = "The text message provider answered " + status + providerReason(response.body());
        boolean retryable = status == 429 || status >= 500;
        throw new MessageNotSent(why, !retryable);
    }

    /**
     * Lists the account's recent messages to this number (Twilio: GET Messages.json?To=&From=, newest first)
     * and looks for this text created since the message was queued.
     */
    @Override
    public Optional<String> alreadyAccepted(String to, String body, Instant since) throws MessageNotSent {
        if (!settings.configured()) {
            return Optional.empty();
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(accountUrl() + "/Messages.json?To=" + encode(to)
                        + "&From=" + encode(settings.from()) + "&PageSize=50"))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", basicAuth())
                .GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new MessageNotSent("The text message provider could not say whether it had the message ("
                        + response.statusCode() + ")", false);
            }
            for (JsonNode sent : json.readTree(response.body()).path("messages")) {
                Instant created = ZonedDateTime.parse(sent.path("date_created").asText(),
                        DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                if (body.equals(sent.path("body").asText()) && !created.isBefore(since.minusSeconds(60))) {
                    return Optional.of(sent.path("sid").asText());
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            throw new MessageNotSent("The text message provider could not say whether it had the message ("
                    + e.getClass().getSimpleName() + ")", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessageNotSent("Sending was interrupted", false);
        }
    }

    private String providerReason(String body) {
        try {
            String reason = json.readTree(body == null ? "" : body).path("message").asText("");
            return reason.isBlank() ? "" : ": " + (reason.length() > 200 ? reason.substring(0, 200) : reason);
        } catch (IOException e) {
            return "";
        }
    }

    private String accountUrl() {
        return settings.url().replaceAll("/+$", "") + "/2010-04-01/Accounts/" + encode(settings.accountSid());
    }

    private String basicAuth() {
        return "Basic " + Base64.getEncoder().encodeToString(
                (settings.accountSid() + ":" + settings.authToken()).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
