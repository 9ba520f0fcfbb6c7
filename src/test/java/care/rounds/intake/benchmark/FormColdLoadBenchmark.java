package care.rounds.intake.benchmark;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue 17: "the form page and everything it loads at most 60 KB compressed, usable within 1.5 s on a
 * throttled phone profile". Opens the public consultation form cold (a fresh browser profile, cache
 * off) in headless Chromium on a 390 x 844 screen, with Chrome's "Fast 3G" network (150 ms round
 * trip, 1.6 Mbit/s down, 750 kbit/s up) and the CPU slowed 4x through the DevTools protocol, and
 * notes when the name field is on screen and can be typed in, and how many bytes came over the wire
 * (the page and everything it loaded until the network was quiet for 2 s).
 * <p>
 * Needs a running Rounds (the production jar: {@code ./mvnw -Pproduction package}, then
 * {@code PORT=8117 java -jar target/rounds-0.1.0-SNAPSHOT.jar}); then from the repository root:
 * {@code ./mvnw -Pform-benchmark test-compile exec:java -Dform.benchmark.url=http://localhost:8117/consultation}.
 */
public final class FormColdLoadBenchmark {

    static final int WARM_UPS = 1;
    static final int RUNS = 7;
    static final long GOAL_MILLIS = 1500;
    static final long GOAL_BYTES = 60 * 1024;

    /** Runs in the page before its own scripts: the first frame with a name field a person can type in. */
    private static final String RECORDER = """
            (() => {
              const r = window.__form = {};
              const tick = () => {
                const input = document.querySelector('input[autocomplete="name"]');
                if (input && !input.disabled && input.offsetParent !== null && input.getBoundingClientRect().height > 0) {
                  r.typeableAt = performance.now();
                  return;
                }
                requestAnimationFrame(tick);
              };
              requestAnimationFrame(tick);
            })();
            """;

    private static final String MEASUREMENTS = """
            const nav = performance.getEntriesByType('navigation')[0];
            const resources = performance.getEntriesByType('resource');
            const paint = performance.getEntriesByType('paint').find(p => p.name === 'first-contentful-paint');
            return {
              typeableAt: window.__form.typeableAt,
              paint: paint ? paint.startTime : null,
              html: nav.responseEnd,
              bytes: nav.transferSize + resources.reduce((sum, e) => sum + e.transferSize, 0),
              decoded: nav.decodedBodySize + resources.reduce((sum, e) => sum + e.decodedBodySize, 0),
              requests: 1 + resources.length,
              names: resources.map(e => e.name.replace(location.origin, '') + ' ' + e.transferSize).join(', ')
            };
            """;

    private FormColdLoadBenchmark() {
    }

    record Run(int run, double typeable, double paint, double html, long bytes, long decoded, long requests) {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "http://localhost:8117/consultation";
        List<Run> runs = new ArrayList<>();
        for (int run = 1 - WARM_UPS; run <= RUNS; run++) {
            Run result = coldLoad(url, run);
            System.out.printf("  run %d: typeable %.0f ms, first paint %.0f ms, HTML %.0f ms, %d bytes on the wire "
                    + "(%d decoded) in %d requests%n", run, result.typeable(), result.paint(), result.html(),
                    result.bytes(), result.decoded(), result.requests());
            if (run > 0) {
                runs.add(result);
            }
        }
        print(url, runs);
    }

    private static Run coldLoad(String url, int run) throws InterruptedException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("rounds.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=390,844");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("rounds.chromedriver", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 150,
                    "downloadThroughput", 1_600_000 / 8, "uploadThroughput", 750_000 / 8));
            driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
            driver.get(url);
            new WebDriverWait(driver, Duration.ofSeconds(120)).pollingEvery(Duration.ofMillis(100))
                    .until(d -> driver.executeScript("return window.__form && window.__form.typeableAt") != null);
            waitForQuietNetwork(driver);
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) driver.executeScript(MEASUREMENTS);
            if (run <= 0) {
                System.out.println("  loaded besides the page: " + m.get("names"));
            }
            return new Run(run, num(m, "typeableAt"), num(m, "paint"), num(m, "html"), (long) num(m, "bytes"),
                    (long) num(m, "decoded"), (long) num(m, "requests"));
        } finally {
            driver.quit();
        }
    }

    /** Until no new resource has started for 2 s: what a page loads after the form shows counts too. */
    private static void waitForQuietNetwork(ChromeDriver driver) throws InterruptedException {
        long count = -1;
        long quietSince = System.currentTimeMillis();
        while (System.currentTimeMillis() - quietSince < 2000) {
            Thread.sleep(250);
            long now = ((Number) driver.executeScript("return performance.getEntriesByType('resource').length")).longValue();
            if (now != count) {
                count = now;
                quietSince = System.currentTimeMillis();
            }
        }
    }

    private static double num(Map<String, Object> m, String key) {
        Object value = m.get(key);
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static void print(String url, List<Run> runs) {
        System.out.printf("%n%s, phone profile (150 ms RTT, 1.6 Mbit/s down, CPU 4x slower), cold:%n", url);
        System.out.printf("| run | HTML received (ms) | first paint (ms) | name field typeable (ms) | bytes on the wire "
                + "| bytes decoded | requests |%n|---|---|---|---|---|---|---|%n");
        for (Run r : runs) {
            System.out.printf("| %d | %.0f | %.0f | %.0f | %d | %d | %d |%n", r.run(), r.html(), r.paint(), r.typeable(),
                    r.bytes(), r.decoded(), r.requests());
        }
        List<Double> typeable = runs.stream().map(Run::typeable).sorted().toList();
        double median = typeable.get(typeable.size() / 2);
        double max = typeable.get(typeable.size() - 1);
        long bytes = runs.stream().mapToLong(Run::bytes).max().orElseThrow();
        System.out.printf("%nTypeable: median %.0f ms, max %.0f ms over %d runs (goal %d ms: %s); "
                        + "at most %d bytes on the wire (goal %d: %s)%n", median, max, runs.size(), GOAL_MILLIS,
                max <= GOAL_MILLIS ? "MET" : "NOT MET", bytes, GOAL_BYTES, bytes <= GOAL_BYTES ? "MET" : "NOT MET");
    }
}
