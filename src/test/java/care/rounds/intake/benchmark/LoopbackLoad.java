package care.rounds.intake.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.altcha.altcha.Altcha;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 13's bounded load on loopback, against a running Rounds: the public intake API at a steady rate
 * (default 1,000 requests a minute for 3 minutes) from 10 loopback addresses (127.0.0.2 to 127.0.0.11), each
 * request as the public form sends it (fetch a proof-of-work challenge, solve it, send the request no sooner
 * than the form's minimum fill time), and at the same time 5 coordinators' sessions that sign in through the
 * login form (with its CSRF token) and load the board over and over: the page and the view's first server
 * round trips (Vaadin's init request, which creates the UI, and the router's navigation to the board, which
 * builds the view from the database). Prints, per kind of
 * request, the count by status class and p50/p99/max, and the load average during the run.
 * <p>
 * Arguments: port [minutes] [requests per minute] [coordinator sessions] [username] [password].
 * The server needs the intake rate limit raised for the run (see docs/reliability.md).
 */
public final class LoopbackLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    /** Slightly more than the default minimum fill time of the form (3 s). */
    private static final long FILL_MILLIS = 3_300;

    private final LoopbackHttp http;
    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();
    private final List<String> loads = Collections.synchronizedList(new ArrayList<>());

    private LoopbackLoad(int port) {
        this.http = new LoopbackHttp("127.0.0.1", port);
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int perMinute = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int coordinators = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        String username = args.length > 4 ? args[4] : "coordinator";
        String password = args.length > 5 ? args[5] : "coordinator-demo-2026";
        new LoopbackLoad(port).run(minutes, perMinute, coordinators, username, password);
    }

    private void run(int minutes, int perMinute, int coordinators, String username, String password) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        ExecutorService senders = Executors.newFixedThreadPool(96);
        AtomicInteger sequence = new AtomicInteger();
        clock.scheduleAtFixedRate(this::noteLoad, 0, 15, TimeUnit.SECONDS);
        List<Thread> sessions = new ArrayList<>();
        for (int c = 0; c < coordinators; c++) {
            Thread session = new Thread(() -> coordinator(username, password, end), "coordinator-" + c);
            session.start();
            sessions.add(session);
        }
        long periodMicros = 60_000_000L / perMinute;
        var ticks = clock.scheduleAtFixedRate(() -> {
            if (System.nanoTime() < end) {
                int n = sequence.incrementAndGet();
                senders.submit(() -> intake(n));
            }
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        while (System.nanoTime() < end) {
            Thread.sleep(1000);
        }
        ticks.cancel(false);
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
        for (Thread session : sessions) {
            session.join(120_000);
        }
        noteLoad();
        clock.shutdownNow();
        report(minutes, perMinute, coordinators, sequence.get());
    }

    /** One consultation request as the public form sends it, from one of ten loopback addresses. */
    private void intake(int n) {
        String from = "127.0.0." + (2 + n % 10);
        try {
            LoopbackHttp.Response challenge = http.send(from, "GET", "/api/consultation-requests/challenge",
                    Map.of("Accept", "application/json"), null);
            tally("intake: challenge (GET)").add(challenge);
            if (challenge.status() != 200) {
                return;
            }
            long fetched = System.nanoTime();
            String proof = solve(JSON.readTree(challenge.body()));
            long wait = FILL_MILLIS - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - fetched);
            if (wait > 0) {
                Thread.sleep(wait);
            }
            String body = JSON.writeValueAsString(Map.of(
                    "name", "Load Test Person " + n,
                    "phone", String.format("(404) 555-%04d", n % 10_000),
                    "email", "load" + n + "@example.com",
                    "zip", "30307",
                    "preferredContactTime", "Weekday mornings",
                    "message", "Sent by the loopback load test.",
                    "consentToContact", true,
                    "website", "",
                    "altcha", proof));
            LoopbackHttp.Response answer = http.send(from, "POST", "/api/consultation-requests",
                    Map.of("Content-Type", "application/json", "Accept", "application/json"), body);
            tally("intake: request (POST)").add(answer);
        } catch (Exception e) {
            tally("intake: request (POST)").failed(e);
        }
    }

    private static String solve(JsonNode challenge) throws Exception {
        Altcha.Solution solution = Altcha.solveChallenge(challenge.path("challenge").asText(), challenge.path("salt").asText(),
                Altcha.Algorithm.SHA256, challenge.path("maxnumber").asLong(), 0);
        String json = JSON.writeValueAsString(Map.of("algorithm", challenge.path("algorithm").asText(),
                "challenge", challenge.path("challenge").asText(), "number", solution.number,
                "salt", challenge.path("salt").asText(), "signature", challenge.path("signature").asText()));
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A coordinator signs in through the form and loads the board until the end, a second apart. */
    private void coordinator(String username, String password, long end) {
        String from = "127.0.0.1";
        try {
            LoopbackHttp.Response page = http.send(from, "GET", "/login", Map.of(), null);
            String cookie = String.join("; ", page.cookies());
            Matcher token = CSRF.matcher(page.body());
            Matcher parameter = CSRF_PARAMETER.matcher(page.body());
            if (!token.find()) {
                throw new IllegalStateException("The login page has no CSRF token (status " + page.status() + ")");
            }
            String form = "username=" + encode(username) + "&password=" + encode(password) + "&"
                    + (parameter.find() ? parameter.group(1) : "_csrf") + "=" + encode(token.group(1));
            LoopbackHttp.Response signIn = http.send(from, "POST", "/login",
                    Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", cookie), form);
            tally("sign-in (POST /login)").add(signIn);
            String location = String.valueOf(signIn.header("Location"));
            if (signIn.status() != 302 || location.contains("error") || location.contains("throttled")) {
                throw new IllegalStateException("Sign-in refused: " + signIn.status() + " " + location);
            }
            if (!signIn.cookies().isEmpty()) {
                cookie = String.join("; ", signIn.cookies());
            }
            int window = 0;
            while (System.nanoTime() < end) {
                Map<String, String> cookieOnly = Map.of("Cookie", cookie);
                LoopbackHttp.Response board = http.send(from, "GET", "/board", cookieOnly, null);
                tally("board: 1 page (GET /board)").add(board);
                // what the page's script then does: Vaadin's init request creates the UI ...
                LoopbackHttp.Response init = http.send(from, "GET", "/?v-r=init&location=board&query=&v-wn="
                        + Thread.currentThread().getName() + "-" + (++window)
                        + "&v-bw=1600&v-bh=900&v-tzid=America%2FNew_York", Map.of("Cookie", cookie, "Accept", "application/json"), null);
                tally("board: 2 UI (Vaadin init)").add(init);
                if (init.status() != 200) {
                    continue;
                }
                JsonNode config = JSON.readTree(init.body()).path("appConfig");
                String ui = config.path("v-uiId").asText();
                String key = config.path("uidl").path("Vaadin-Security-Key").asText();
                // ... and its router asks for the board, which builds the view from the database
                String navigate = "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                        + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"board\",\"query\":\"\",\"appShellTitle\":\"\","
                        + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
                LoopbackHttp.Response view = http.send(from, "POST", "/?v-r=uidl&v-uiId=" + ui,
                        Map.of("Cookie", cookie, "Content-Type", "application/json; charset=UTF-8"), navigate);
                tally("board: 3 view (Vaadin navigate)").add(view);
                if (view.status() == 200 && !view.body().contains("board-timeline")) {
                    tally("board: 3 view (Vaadin navigate)").note("an answer without the board");
                }
                Thread.sleep(1000);
            }
        } catch (Exception e) {
            tally("board: 3 view (Vaadin navigate)").failed(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Tally tally(String kind) {
        return tallies.computeIfAbsent(kind, k -> new Tally());
    }

    private void noteLoad() {
        try {
            loads.add(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException e) {
            loads.add("?");
        }
    }

    private void report(int minutes, int perMinute, int coordinators, int sent) {
        List<String> lines = new ArrayList<>();
        lines.add("Loopback load: " + sent + " intake requests planned (" + perMinute + " a minute for " + minutes
                + " min, from 127.0.0.2-127.0.0.11), " + coordinators + " coordinators' sessions loading the board");
        lines.add("");
        lines.add("| kind | requests | 2xx | 3xx | 4xx | 5xx | failed | p50 | p99 | max |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|");
        new TreeMap<>(tallies).forEach((kind, tally) -> lines.add(tally.row(kind)));
        lines.add("");
        lines.add("Load average (1 min), every 15 s: " + String.join(", ", loads));
        tallies.forEach((kind, tally) -> tally.notes().forEach((note, count) -> lines.add(kind + ": " + count + " x " + note)));
        lines.forEach(System.out::println);
    }

    /** Latencies and outcomes of one kind of request. */
    private static final class Tally {
        private final List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        private final int[] byClass = new int[6];
        private final Map<String, Integer> notes = new ConcurrentHashMap<>();
        private int failed;

        synchronized void add(LoopbackHttp.Response response) {
            millis.add(TimeUnit.NANOSECONDS.toMillis(response.nanos()));
            byClass[Math.min(5, response.status() / 100)]++;
            if (response.status() >= 400) {
                String body = response.body();
                note(response.status() + " " + body.substring(0, Math.min(120, body.length())).replace('\n', ' '));
            }
        }

        synchronized void failed(Exception e) {
            failed++;
            note(e.getClass().getSimpleName() + ": " + e.getMessage());
        }

        void note(String note) {
            notes.merge(note, 1, Integer::sum);
        }

        Map<String, Integer> notes() {
            return notes;
        }

        synchronized String row(String kind) {
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return "| " + kind + " | " + sorted.size() + " | " + byClass[2] + " | " + byClass[3] + " | " + byClass[4]
                    + " | " + byClass[5] + " | " + failed + " | " + percentile(sorted, 50) + " | " + percentile(sorted, 99)
                    + " | " + (sorted.isEmpty() ? "-" : sorted.get(sorted.size() - 1) + " ms") + " |";
        }

        private static String percentile(List<Long> sorted, int p) {
            if (sorted.isEmpty()) {
                return "-";
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) + " ms";
        }
    }
}
