package care.rounds.messages;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Twilio's Messages API: POST .../Accounts/{sid}/Messages.json (form, basic auth)
 * answers 201 with a sid, or 503 while told to fail; GET .../Messages.json?To= lists what it accepted.
 * One per test JVM, started on a free port before the application context (see {@link MessagingTestSetup}).
 */
final class SmsStandIn {

    static final String ACCOUNT = "ACstandin";
    static final String TOKEN = "stand-in-secret";
    static final String FROM = "+14045550199";

    private static SmsStandIn shared;

    record Text(String sid, String to, String from, String body, ZonedDateTime created) {
    }

    private final HttpServer server;
    private final List<Text> accepted = new ArrayList<>();
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile java.util.concurrent.CountDownLatch holding;
    private final java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);

    static synchronized SmsStandIn shared() {
        if (shared == null) {
            try {
                shared = new SmsStandIn();
            } catch (IOException e) {
                throw new IllegalStateException("The SMS stand-in could not start", e);
            }
        }
        return shared;
    }

    /** A stand-in of its own, for a test that must not share the one of the shared application context. */
    static SmsStandIn separate() throws IOException {
        return new SmsStandIn();
    }

    private SmsStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json", this::messages);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "sms-stand-in");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next {@code count} sends are answered 503, as a provider having an outage. */
    void failNext(int count) {
        failNext.set(count);
    }

    /**
     * The next text is taken (it counts as accepted) but its answer waits until {@link #answerHeld()}: the
     * sender is cut off between the provider taking the text and hearing so.
     */
    void holdNextAnswer() {
        holding = new java.util.concurrent.CountDownLatch(1);
    }

    boolean awaitHeld(java.time.Duration timeout) throws InterruptedException {
        return held.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    void answerHeld() {
        java.util.concurrent.CountDownLatch waiting = holding;
        if (waiting != null) {
            waiting.countDown();
        }
    }

    void stop() {
        answerHeld();
        server.stop(0);
    }

    synchronized List<Text> acceptedTo(String number) {
        return accepted.stream().filter(t -> t.to().equals(number)).toList();
    }

    int attempts() {
        return attempts.get();
    }

    private void messages(HttpExchange exchange) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString((ACCOUNT + ":" + TOKEN)
                .getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{\"code\":20003,\"message\":\"Authenticate\",\"status\":401}");
            return;
        }
        if ("GET".equals(exchange.getRequestMethod())) {
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            StringBuilder list = new StringBuilder("{\"messages\":[");
            synchronized (this) {
                List<Text> found = new ArrayList<>(acceptedTo(query.get("To")));
                java.util.Collections.reverse(found);
                for (int i = 0; i < found.size(); i++) {
                    Text t = found.get(i);
                    list.append(i == 0 ? "" : ",").append("{\"sid\":\"").append(t.sid()).append("\",\"to\":\"")
                            .append(t.to()).append("\",\"body\":").append(quote(t.body()))
                            .append(",\"date_created\":\"")
                            .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(t.created())).append("\"}");
                }
            }
            answer(exchange, 200, list.append("]}").toString());
            return;
        }
        attempts.incrementAndGet();
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            answer(exchange, 503, "{\"code\":20500,\"message\":\"Service unavailable\",\"status\":503}");
            return;
        }
        if (form.get("To") == null || !form.get("To").matches("\\+[0-9]{8,15}")) {
            answer(exchange, 400, "{\"code\":21211,\"message\":\"The 'To' number is not a valid phone number.\",\"status\":400}");
            return;
        }
        Text text;
        synchronized (this) {
            text = new Text("SM" + (accepted.size() + 1000), form.get("To"), form.get("From"), form.get("Body"),
                    care.rounds.ShiftedClock.now().atZone(ZoneOffset.UTC).withNano(0));
            accepted.add(text);
        }
        java.util.concurrent.CountDownLatch waiting = holding;
        if (waiting != null) {
            holding = null;
            held.countDown();
            try {
                waiting.await(5, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        answer(exchange, 201, "{\"sid\":\"" + text.sid() + "\",\"status\":\"queued\",\"to\":\"" + text.to() + "\"}");
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(name, value);
        }
        return values;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
