package care.rounds;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Debian's Chromium driven headless through Selenium, with the few moves a Vaadin screen needs: type
 * into the field with a label, press the button with a text, pick from a combo box, wait for text.
 * Screenshots go to {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(40);

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path screenshots;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.screenshots = Path.of(System.getProperty("rounds.screenshots", "target/screenshots"));
    }

    /** A fresh browser (no cookies) with a window of this size, on the application at that port. */
    public static Browser open(int port, int width, int height) {
        return open(port, width, height, new ChromeOptions());
    }

    /** As {@link #open}, with JavaScript switched off in the browser's settings, as some people browse. */
    public static Browser openWithoutJavaScript(int port, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        return open(port, width, height, options);
    }

    private static Browser open(int port, int width, int height, ChromeOptions options) {
        options.setBinary(System.getProperty("rounds.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("rounds.chromedriver", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return new Browser(driver, "http://localhost:" + port + "/");
    }

    public void go(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    /**
     * Signs in on the login page. The form can still be drawn again while the page boots, which empties what
     * was typed; so each field is checked to hold what was typed before Enter, and the whole sign-in is tried
     * again if the page stays on the form.
     */
    public void signIn(String username, String password) {
        go("login");
        for (int attempt = 1; driver.getCurrentUrl().contains("login"); attempt++) {
            try {
                waitUntil(d -> typedInto(By.name("username"), username) && typedInto(By.name("password"), password));
                driver.findElement(By.name("password")).sendKeys(Keys.ENTER);
                new WebDriverWait(driver, PATIENCE.dividedBy(2)).until(d -> !d.getCurrentUrl().contains("login"));
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException
                     | org.openqa.selenium.InvalidElementStateException e) {
                if (attempt == 3) {
                    throw e;
                }
                go("login");
            }
        }
        waitForVaadin();
    }

    /** Types the text into the field unless it already holds it; true once it does. */
    private boolean typedInto(By field, String text) {
        try {
            WebElement input = driver.findElement(field);
            if (text.equals(input.getDomProperty("value"))) {
                return true;
            }
            if (!String.valueOf(input.getDomProperty("value")).isEmpty()) {
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            }
            input.sendKeys(text);
            return text.equals(input.getDomProperty("value"));
        } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException
                 | org.openqa.selenium.InvalidElementStateException e) {
            return false;
        }
    }

    /** The input (or text area) of the field whose label is exactly this text. */
    public WebElement field(String label) {
        By by = By.xpath("//*[./label[normalize-space()=" + quote(label) + "]]//*[self::input or self::textarea]");
        return waitUntil(d -> {
            List<WebElement> shown = d.findElements(by).stream()
                    .filter(e -> e.isDisplayed() && e.isEnabled()).toList();
            return shown.isEmpty() ? null : shown.get(shown.size() - 1);
        });
    }

    public void type(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    /** Types a date (M/D/YYYY) into a date picker and commits it, closing its calendar. */
    public void date(String label, String date) {
        WebElement input = field(label);
        // select and overwrite, as a person does: clearing first would announce an empty date
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date, Keys.ENTER);
        waitForVaadin();
    }

    /** Types into a combo box and picks the first suggestion that contains {@code option}. */
    public void choose(String label, String typed, String option) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(typed.isEmpty() ? Keys.ARROW_DOWN.toString() : typed);
        By item = By.xpath("//vaadin-combo-box-item[contains(normalize-space(), " + quote(option) + ")]");
        waitUntil(ExpectedConditions.elementToBeClickable(item)).click();
        waitForVaadin();
    }

    /** Opens the select with this label and picks the option containing {@code option}. */
    public void select(String label, String option) {
        waitUntil(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select[./label[normalize-space()=" + quote(label) + "]]"))).click();
        By item = By.xpath("//vaadin-select-item[contains(normalize-space(), " + quote(option) + ")]");
        waitUntil(ExpectedConditions.elementToBeClickable(item)).click();
        waitForVaadin();
    }

    /** Picks the radio button with this label. */
    public void pick(String option) {
        waitUntil(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-radio-button[./label[normalize-space()=" + quote(option) + "]]"))).click();
        waitForVaadin();
    }

    public void check(String label) {
        WebElement box = waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-checkbox[./label[normalize-space()=" + quote(label) + "]]")));
        if (box.getDomAttribute("checked") == null) {
            box.click();
        }
        waitForVaadin();
    }

    /** Clicks the visible button with this text (the last one: dialogs open on top of the page). */
    public void press(String text) {
        By by = By.xpath("//vaadin-button[normalize-space()=" + quote(text) + " and not(@disabled)]");
        waitUntil(d -> d.findElements(by).stream().anyMatch(WebElement::isDisplayed));
        List<WebElement> buttons = driver.findElements(by).stream().filter(WebElement::isDisplayed).toList();
        WebElement button = buttons.get(buttons.size() - 1);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        waitForVaadin();
    }

    public void waitForText(String text) {
        waitUntil(d -> pageText().contains(text));
    }

    /** The page's text as a user reads it, including text inside open dialogs and shadow roots' slots. */
    public String pageText() {
        return String.valueOf(driver.executeScript("return document.body.innerText"));
    }

    public <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition::apply);
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Waits until Vaadin has no request in flight. */
    public void waitForVaadin() {
        waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                        + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the screenshot " + name, e);
        }
    }

    /** Runs the steps; if one fails, saves what the screen showed at that moment, then fails. */
    public void onFailureScreenshot(String name, Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError failure) {
            screenshot(name);
            throw failure;
        }
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length() - 1);
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String quote(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
