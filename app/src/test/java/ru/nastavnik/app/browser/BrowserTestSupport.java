package ru.nastavnik.app.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Base of the browser tests: the whole application on a random port, driven by Playwright in Debian's Chromium
 * ({@code /usr/bin/chromium}, or {@code CHROMIUM_PATH}). Each test gets a fresh browser context (no shared cookies) and
 * leaves a screenshot of its last page in {@code target/browser-screenshots/}. Run by {@code ./mvnw verify} (failsafe, in the
 * {@code app} module; {@code -DskipBrowserTests} skips them). Playwright never downloads a browser here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestSupport {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	@LocalServerPort
	protected int port;

	protected Playwright playwright;

	protected Browser browser;

	protected BrowserContext context;

	protected Page page;

	private String testName;

	@BeforeAll
	void startBrowser() {
		if (!Files.isExecutable(CHROMIUM)) {
			throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM
					+ ": install Debian's package (apt-get install -y chromium; .ci/setup does it) or set CHROMIUM_PATH");
		}
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@BeforeEach
	void openContext(TestInfo info) {
		testName = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
				+ info.getTestMethod().map(m -> m.getName()).orElse("x");
		context = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU").setViewportSize(1280, 900));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
	}

	@AfterEach
	void closeContext() throws Exception {
		Path dir = Path.of("target", "browser-screenshots");
		Files.createDirectories(dir);
		if (page != null && !page.isClosed()) {
			page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(testName + ".png")).setFullPage(true));
		}
		context.close();
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	/** The windows the interface must work in: a laptop (1366×768) and a phone (375×812). */
	protected static final List<int[]> WINDOWS = List.of(new int[] { 1366, 768 }, new int[] { 375, 812 });

	/** Runs the steps once in each of {@link #WINDOWS}, the page resized to it first. */
	protected void inEachWindow(java.util.function.Consumer<int[]> steps) {
		for (int[] window : WINDOWS) {
			page.setViewportSize(window[0], window[1]);
			steps.accept(window);
		}
	}

	/** Whether the page's document is no wider than its window (nothing scrolls sideways but inner boxes). */
	protected boolean fitsTheWindow() {
		return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Signs in through the Russian sign-in form, as a person does. */
	protected void signIn(String username, String password) {
		page.navigate(url("/login"));
		page.getByLabel("Имя пользователя").fill(username);
		page.getByLabel("Пароль").fill(password);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Войти")).click();
		// the form posts and is redirected: home on success, back to /login?error on failure
		page.waitForURL(u -> !u.endsWith("/login"));
		page.waitForLoadState();
	}

	protected void signIn(String username) {
		signIn(username, "demo");
	}
}
