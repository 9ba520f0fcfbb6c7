package care.rounds.base.benchmark;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 14: "first login at most 2 s and any office page at most 1 s on the production jar". In headless
 * Chromium at 1440 x 900, each run starts a fresh browser profile (nothing cached), signs in and then
 * opens every office page from the side menu, as a coordinator or manager clicks through the day.
 * <ul>
 *   <li><b>Sign-in</b>: from pressing Enter on the login form (the new page's time origin: the form's
 *       post, the redirect, the page and Vaadin's bootstrap) until the landing page is drawn and Vaadin
 *       has no request in flight.</li>
 *   <li><b>Page open</b>: from the click on the menu item until the address shows the page, Vaadin has
 *       no request in flight (the view and its first data) and two frames were painted.</li>
 * </ul>
 * The first run after the server starts is reported on its own ("first after start": a cold JVM), then
 * {@code runs} measured runs give median and max. Needs a running Rounds with the demo logins (the
 * production jar: {@code ./mvnw -Pproduction package -DskipTests}, then
 * {@code PORT=8117 java -jar target/rounds-0.1.0-SNAPSHOT.jar}); then from the repository root:
 * {@code ./mvnw -Ppage-benchmark test-compile exec:java -Dpage.benchmark.url=http://localhost:8117}.
 */
public final class PageTimingBenchmark {

    static final long LOGIN_GOAL_MILLIS = 2000;
    static final long PAGE_GOAL_MILLIS = 1000;

    /** Every office page, in the menu's order, as the manager (who sees them all) opens them. */
    static final List<String> PAGES = List.of("consultation-requests", "visits", "board", "patients", "clinicians",
            "protocols", "message-templates", "users", "calendar-links", "audit", "plans/new", "kpis");

    private static final String VAADIN_IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) { return false; }
            const clients = Object.values(flow.clients);
            return clients.length > 0 && clients.every(c => !c.isActive());
            """;

    private static final String OPEN_FROM_MENU = """
            const path = arguments[0];
            const done = arguments[arguments.length - 1];
            const item = Array.from(document.querySelectorAll('vaadin-side-nav-item')).find(i => i.path === path);
            if (!item) { done(-1); return; }
            const idle = () => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive());
            const start = performance.now();
            (item.shadowRoot.querySelector('a') || item).click();
            const check = () => {
              if (location.pathname.endsWith('/' + path) && idle()) {
                requestAnimationFrame(() => requestAnimationFrame(() => idle() ? done(performance.now() - start) : setTimeout(check, 10)));
              } else {
                setTimeout(check, 10);
              }
            };
            setTimeout(check, 0);
            """;

    /** Where the landing page's time went: the navigation's phases and every request it made, in ms from its start. */
    private static final String BREAKDOWN = """
            const n = performance.getEntriesByType('navigation')[0];
            const lines = ['navigation: redirect ' + n.redirectStart.toFixed(0) + '-' + n.redirectEnd.toFixed(0)
              + ', request ' + n.requestStart.toFixed(0) + ', response ' + n.responseStart.toFixed(0) + '-' + n.responseEnd.toFixed(0)
              + ', DOMContentLoaded ' + n.domContentLoadedEventEnd.toFixed(0) + ', load ' + n.loadEventEnd.toFixed(0)];
            performance.getEntriesByType('resource').forEach(r => lines.push('  ' + r.startTime.toFixed(0) + '-'
              + r.responseEnd.toFixed(0) + ' (' + r.transferSize + ' B) ' + r.name.replace(location.origin, '')));
            performance.getEntriesByType('paint').forEach(p => lines.push('  paint ' + p.name + ' ' + p.startTime.toFixed(0)));
            return lines.join('\\n');
            """;

    private PageTimingBenchmark() {
    }

    public static void main(String[] args) {
        String base = args.length > 0 ? args[0] : "http://localhost:8117";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Map<String, List<Double>> measured = new LinkedHashMap<>();
        Map<String, Double> firstAfterStart = new LinkedHashMap<>();
        for (int run = 0; run <= runs; run++) {
            Map<String, Double> times = oneRun(base, "coordinator", "coordinator-demo-2026", List.of());
            times.putAll(oneRun(base, "manager", "manager-demo-2026", PAGES));
            System.out.printf("  run %d: %s%n", run, times);
            if (run == 0) {
                firstAfterStart.putAll(times);
            } else {
                times.forEach((page, millis) -> measured.computeIfAbsent(page, p -> new ArrayList<>()).add(millis));
            }
        }
        print(base, runs, firstAfterStart, measured);
    }

    private static Map<String, Double> oneRun(String base, String username, String password, List<String> pages) {
        ChromeDriver driver = browser();
        Map<String, Double> times = new LinkedHashMap<>();
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
            wait.pollingEvery(Duration.ofMillis(20));
            driver.get(base + "/login");
            wait.until(d -> !d.findElements(By.name("username")).isEmpty() && Boolean.TRUE.equals(driver.executeScript(VAADIN_IDLE)));
            driver.findElement(By.name("username")).sendKeys(username);
            driver.findElement(By.name("password")).sendKeys(password, Keys.ENTER);
            wait.until(d -> !d.getCurrentUrl().contains("/login")
                    && Boolean.TRUE.equals(driver.executeScript(
                    "if (!document.querySelector('vaadin-side-nav-item')) { return false; }" + VAADIN_IDLE)));
            double signedIn = ((Number) driver.executeScript("return performance.now()")).doubleValue();
            times.put("sign-in (" + username + ")", signedIn);
            if (Boolean.getBoolean("page.benchmark.breakdown")) {
                System.out.println(driver.executeScript(BREAKDOWN));
            }
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
            for (String page : pages) {
                Object millis = driver.executeAsyncScript(OPEN_FROM_MENU, page);
                times.put(page, ((Number) millis).doubleValue());
            }
            return times;
        } finally {
            driver.quit();
        }
    }

    private static ChromeDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("rounds.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1440,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("rounds.chromedriver", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }

    private static void print(String base, int runs, Map<String, Double> first, Map<String, List<Double>> measured) {
        System.out.printf("%n%s, headless Chromium 1440 x 900, fresh profile per run; %d runs after one first run:%n%n",
                base, runs);
        System.out.println("| what | first after start (ms) | median (ms) | max (ms) | goal (ms) | met |");
        System.out.println("|---|---|---|---|---|---|");
        boolean allMet = true;
        for (Map.Entry<String, List<Double>> entry : measured.entrySet()) {
            List<Double> sorted = entry.getValue().stream().sorted().toList();
            double median = sorted.get(sorted.size() / 2);
            double max = sorted.get(sorted.size() - 1);
            long goal = entry.getKey().startsWith("sign-in") ? LOGIN_GOAL_MILLIS : PAGE_GOAL_MILLIS;
            boolean met = max <= goal;
            allMet &= met;
            System.out.printf("| %s | %.0f | %.0f | %.0f | %d | %s |%n", entry.getKey(), first.getOrDefault(entry.getKey(),
                    Double.NaN), median, max, goal, met ? "yes" : (median <= goal ? "median only" : "no"));
        }
        System.out.println(allMet ? "%nEvery goal met (max of every row).".formatted()
                : "%nNot every goal met (see the rows).".formatted());
    }
}
