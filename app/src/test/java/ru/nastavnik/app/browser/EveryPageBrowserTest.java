package ru.nastavnik.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.tenancy.TenancyService;
import tools.jackson.databind.JsonNode;

/**
 * Every page of the application, as each kind of user reaches it, at a laptop's width (1366×768) and a phone's
 * (375×812): no page's document is wider than its window (tables scroll inside their card or reflow), nothing on
 * screen is a raw code or a template expression, and the page is Russian (language, title, heading, the names of its
 * fields and buttons).
 * <p>
 * The pages are <em>found</em>, not listed: the test takes every GET page endpoint the application maps (whichever
 * module added it, whenever), signs in as a coordinator, a school curator, a ministry viewer and the administrator, and
 * follows the links of each page from the home page, as a person would; anonymous visitors start at the sign-in page
 * and the public section. A mapped page that no crawl reached fails the test — link it from a page, add a start
 * ({@link #start}), or, if it is not a page a person opens (an htmx fragment), name it in {@link #NOT_A_PAGE} with the
 * reason. The state that pages reached by ids need (a proposal, an order and its pairs, a snapshot, a report, an
 * approved publication, targets) is made through the API first, so those pages exist and have rows.
 */
class EveryPageBrowserTest extends BrowserTestSupport {

	/** Where a page with a problem leaves its screenshot, per run. */
	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots", "every-page");

	/** Mapped GET page endpoints that are not a page a person opens, each with why. */
	static final Map<String, String> NOT_A_PAGE = Map.of(
			"/t/{tenant}/registry/imports/{id}/status", "the import page's status block, polled by htmx while an import runs");

	/**
	 * Latin words a Russian user meets as such on screen: names of formats, standards and products. Anything else in
	 * Latin letters must be a marked identifier (a login, an address, a file name: {@code translate="no"}).
	 */
	static final Set<String> LATIN_ALLOWED = Set.of("API", "OpenAPI", "DOCX", "PDF", "XLSX", "CSV", "JSON", "PNG", "JPEG",
			"Atom", "iCalendar", "UTF-8", "Windows-1251", "Google", "Outlook", "BI");

	static final String CURATOR = "curator-every-page";

	static final String CURATOR_PASSWORD = "curator-every-page-password";

	/**
	 * Where each user's crawl starts: their home page, plus pages no link leads to (the invitation's one-time link,
	 * made in {@link #prepareTheStatePagesNeed()}). The demo participant and legal representative have their own
	 * area.
	 */
	final Map<String, List<String>> start = new LinkedHashMap<>();

	{
		start.put("sasovo", List.of("/"));
		start.put(CURATOR, List.of("/"));
		start.put("minobr-ryazan", List.of("/"));
		start.put("admin", List.of("/"));
		start.put("sasovo-mentor", List.of("/"));
		start.put("sasovo-parent", List.of("/"));
		start.put(null, new ArrayList<>(List.of("/", "/login", "/public/sasovo")));
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	TenancyService tenancy;

	@Autowired
	TenantDirectory tenants;

	/** Error pages, visited on purpose: the address, who, and the status they answer with. */
	record Expected(String user, String path, int status) {
	}

	final List<Expected> errorPages = new ArrayList<>();

	/** Pages opened (each in every window), for the summary. */
	int visits;

	@BeforeAll
	void prepareTheStatePagesNeed() {
		var sasovo = new ApiCalls(port, "sasovo", "demo");
		// the demo municipality's content loads after start-up, from events
		JsonNode[] programme = new JsonNode[1];
		Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
			for (JsonNode p : sasovo.get("/api/sasovo/pairing/programmes")) {
				if (p.path("open").asBoolean() && sasovo.get("/api/sasovo/pairing/programmes/" + p.path("id").asString()
						+ "/candidates").size() >= 4) {
					programme[0] = p;
					return true;
				}
			}
			return false;
		});
		String programmeId = programme[0].path("id").asString();
		JsonNode proposal = sasovo.post("/api/sasovo/pairing/programmes/" + programmeId + "/matching", null);
		JsonNode pairs = proposal.path("pairs");
		assertThat(pairs.size()).as("the demo programme's matching proposes pairs").isGreaterThanOrEqualTo(2);
		String proposalId = proposal.path("id").asString();
		sasovo.post("/api/sasovo/pairing/proposals/" + proposalId + "/locks", Map.of("mentorId",
				pairs.get(0).path("mentorId").asString(), "menteeId", pairs.get(0).path("menteeId").asString()));
		JsonNode last = pairs.get(pairs.size() - 1);
		sasovo.post("/api/sasovo/pairing/proposals/" + proposalId + "/forbidden",
				Map.of("mentorId", last.path("mentorId").asString(), "menteeId", last.path("menteeId").asString()));
		JsonNode order = sasovo.post("/api/sasovo/pairing/proposals/" + proposalId + "/orders",
				Map.of("number", "ВС-1", "date", LocalDate.now().toString()));
		sasovo.post("/api/sasovo/pairing/orders/" + order.path("id").asString() + "/issue", null);

		// targets with decimals: the dashboard and the indicators must still fit
		for (String code : List.of("sasovo-pupil-pupil", "sasovo-teacher-pupil", "sasovo-teacher-teacher")) {
			sasovo.put("/api/sasovo/monitoring/indicators/" + code + "/targets", Map.of("targets",
					List.of(Map.of("date", "2021-12-31", "value", 12.5), Map.of("date", "2024-12-31", "value", 35))));
		}
		sasovo.post("/api/sasovo/monitoring/snapshots", Map.of("date", LocalDate.now().toString(), "title",
				"Срез для проверки страниц"));
		JsonNode report = sasovo.post("/api/sasovo/monitoring/reports", Map.of("date", LocalDate.now().toString(),
				"title", "Справка для проверки страниц"));
		sasovo.post("/api/sasovo/monitoring/reports/" + report.path("id").asString() + "/approve", null);
		sasovo.post("/api/sasovo/roadmap/calendar/token", null);
		// a published case recommended for the region: the ministry's and the municipalities' regional pages list it
		for (JsonNode item : sasovo.get("/api/sasovo/publication/items?kind=CASE")) {
			if (item.path("status").asString().equals("PUBLISHED")) {
				sasovo.put("/api/sasovo/publication/cases/" + item.path("id").asString() + "/recommendation",
						Map.of("recommended", true));
				break;
			}
		}

		// an invitation to a participant's own account: its one-time link is a page of its own
		for (JsonNode teacher : sasovo.get("/api/sasovo/registry/participants?category=TEACHER&size=50").path("items")) {
			var access = sasovo.get("/api/sasovo/registry/participants/" + teacher.path("id").asString() + "/invitations");
			if (access.path("account").isNull() && access.path("mayInvite").asBoolean()) {
				String link = sasovo.post("/api/sasovo/registry/participants/" + teacher.path("id").asString() + "/invitations",
						Map.of("representative", false)).path("link").asString();
				start.get(null).add(link.substring(link.indexOf("/join/")));
				break;
			}
		}
		// the demo participant and legal representative, whose accounts the demo content makes after start-up
		Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> tenancy.findAccount("sasovo-mentor").isPresent()
				&& tenancy.findAccount("sasovo-parent").isPresent());

		// a school curator of the demo programme's school
		if (tenancy.findAccount(CURATOR).isEmpty()) {
			tenancy.createAccount(new TenancyService.NewAccount(CURATOR, CURATOR_PASSWORD, "Куратор ОО (проверка страниц)",
					Role.SCHOOL_CURATOR, tenants.bySlug("sasovo").orElseThrow().id(), null,
					UUID.fromString(programme[0].path("organizationId").asString())));
		}

		errorPages.add(new Expected("sasovo", "/t/sosnovka", 403));
		errorPages.add(new Expected("sasovo", "/t/sasovo/no-such-page", 404));
		errorPages.add(new Expected("sasovo", "/t/sasovo/pairing/programmes/" + UUID.randomUUID(), 404));
		errorPages.add(new Expected(CURATOR, "/t/sasovo/monitoring/reports", 403));
		errorPages.add(new Expected(null, "/public/sasovo/no-such-page", 404));
	}

	@Test
	void everyPageFitsALaptopAndAPhoneAndSpeaksRussian() throws Exception {
		org.springframework.util.FileSystemUtils.deleteRecursively(SCREENSHOTS);
		long started = System.nanoTime();
		List<PagePattern> endpoints = getEndpoints();
		assertThat(endpoints.stream().filter(PagePattern::page)).as("the application's page endpoints").hasSizeGreaterThan(40);
		var problems = new ArrayList<String>();
		var visited = new TreeSet<String>();
		for (var from : start.entrySet()) {
			crawl(from.getKey(), from.getValue(), endpoints, visited, problems);
		}
		var missed = new TreeSet<String>();
		for (PagePattern p : endpoints) {
			if (p.page() && !visited.contains(p.pattern()) && !NOT_A_PAGE.containsKey(p.pattern())) {
				missed.add(p.pattern());
			}
		}
		System.out.printf("Every page: %d page endpoints mapped, %d reached, %d not pages; %d visits at %d widths in %d s%n",
				endpoints.stream().filter(PagePattern::page).count(), visited.size(), NOT_A_PAGE.size(), visits,
				WINDOWS.size(), (System.nanoTime() - started) / 1_000_000_000L);
		org.assertj.core.api.SoftAssertions.assertSoftly(soft -> {
			soft.assertThat(missed).as("mapped pages that no crawl reached: link each from a page, add it to the starts, or "
					+ "name it in NOT_A_PAGE with why").isEmpty();
			soft.assertThat(problems).as("pages too wide for their window, showing codes, or not Russian").isEmpty();
		});
	}

	/** The users' crawls: breadth-first from the starts, each page pattern once per user, both windows. */
	private void crawl(String user, List<String> starts, List<PagePattern> pages, Set<String> visited,
			List<String> problems) throws Exception {
		context.close();
		context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("ru-RU"));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
		page.onDialog(dialog -> dialog.dismiss());
		String who = user == null ? "аноним" : user;
		if (user != null) {
			signIn(user, user.equals(CURATOR) ? CURATOR_PASSWORD : "demo");
		}
		var queue = new ArrayDeque<String>(starts);
		var seen = new LinkedHashSet<String>();
		for (Expected e : errorPages) {
			if (java.util.Objects.equals(e.user(), user)) {
				check(who, e.path(), e.status(), problems);
			}
		}
		while (!queue.isEmpty()) {
			String path = queue.poll();
			PagePattern pattern = match(pages, path);
			if (pattern == null || !seen.add(pattern.pattern())) {
				continue;
			}
			List<String> links = check(who, path, 200, problems);
			visited.add(pattern.pattern());
			if (!page.url().equals(url(path))) {
				// a redirect: the page it led to is a visit of its own pattern too
				PagePattern landed = match(pages, page.url().substring(url("").length()));
				if (landed != null) {
					visited.add(landed.pattern());
					seen.add(landed.pattern());
				}
			}
			queue.addAll(links);
		}
	}

	/** Opens the page in both windows, records what is wrong with it, and returns the same-site links it has. */
	private List<String> check(String who, String path, int status, List<String> problems) throws Exception {
		List<String> links = List.of();
		visits++;
		for (int[] window : WINDOWS) {
			page.setViewportSize(window[0], window[1]);
			String where = who + " " + path + " @" + window[0] + "px: ";
			Response response;
			try {
				response = page.navigate(url(path));
			}
			catch (com.microsoft.playwright.PlaywrightException e) {
				problems.add(where + "страница не загрузилась: " + e.getMessage().lines().findFirst().orElse(""));
				continue;
			}
			if (response == null || response.status() != status) {
				problems.add(where + "ответ " + (response == null ? "нет" : response.status()) + " вместо " + status);
				continue;
			}
			@SuppressWarnings("unchecked")
			List<String> found = (List<String>) page.evaluate(CHECKS, List.copyOf(LATIN_ALLOWED));
			if (!found.isEmpty()) {
				found.forEach(f -> problems.add(where + f));
				Files.createDirectories(SCREENSHOTS);
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve((who + path).replaceAll("[^A-Za-z0-9а-яА-Я-]+", "_") + "-" + window[0] + ".png")));
			}
			if (window == WINDOWS.get(0)) {
				@SuppressWarnings("unchecked")
				List<String> hrefs = (List<String>) page.evaluate("origin => [...document.querySelectorAll('a[href]')]"
						+ ".filter(a => !a.hasAttribute('download') && a.href.startsWith(origin + '/'))"
						+ ".map(a => a.href.substring(origin.length).replace(/#.*$/, ''))", url(""));
				links = hrefs;
			}
		}
		return links;
	}

	/**
	 * Run in the page: what is wrong with it, in Russian. The document's width against the window (naming the widest
	 * culprits), the language, the title and the heading, every visible word in Latin letters that is not an allowed
	 * name or a marked identifier, template expressions, and fields and buttons without a Russian name.
	 */
	static final String CHECKS = """
			allowed => {
			  const problems = [];
			  const cyrillic = /[А-Яа-яЁё]/;
			  const width = window.innerWidth, docWidth = document.documentElement.scrollWidth;
			  const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
			      + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
			  if (docWidth > width) {
			    // what sticks out of the window and is not inside a box that scrolls or clips it
			    const clipped = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
			        if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
			    const over = e => e.getBoundingClientRect().right > width + 0.5 && !clipped(e);
			    const culprits = [...document.body.querySelectorAll('*')]
			        .filter(e => over(e) && ![...e.children].some(over)).slice(0, 4).map(describe);
			    problems.push('документ шире окна: ' + docWidth + ' > ' + width + ' px; выходят за край: ' + culprits.join(', '));
			  }
			  if (document.documentElement.lang !== 'ru') problems.push('язык страницы не ru');
			  if (!cyrillic.test(document.title)) problems.push('заголовок окна не по-русски: «' + document.title + '»');
			  const h1 = document.querySelector('h1');
			  if (!h1 || !cyrillic.test(h1.innerText)) problems.push('нет заголовка h1 по-русски');
			  const texts = [['заголовок окна', document.title]];
			  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			    const el = n.parentElement;
			    // what a person typed into a field is theirs (a text area's text is its content), not the page's words
			    if (!el || el.closest('script, style, template, textarea, [translate="no"]')) continue;
			    if (el.tagName !== 'OPTION' && !el.checkVisibility()) continue;
			    texts.push([describe(el), n.textContent]);
			  }
			  for (const el of document.querySelectorAll('[title], [placeholder], [aria-label], input[type=submit][value], canvas[data-labels]')) {
			    if (el.closest('[translate="no"]')) continue;
			    for (const a of ['title', 'placeholder', 'aria-label', 'value', 'data-labels']) {
			      if (el.hasAttribute(a) && (a !== 'value' || el.type === 'submit')) texts.push([describe(el) + '@' + a, el.getAttribute(a)]);
			    }
			  }
			  const latin = /[A-Za-z][A-Za-z0-9]*(?:[._:\\/-][A-Za-z0-9]+)*/g;
			  const templates = /[$*#@~]\\{|\\bth:[a-z]+/;
			  const seen = new Set();
			  for (const [where, text] of texts) {
			    if (templates.test(text)) problems.push('выражение шаблона на экране (' + where + '): ' + text.trim().slice(0, 120));
			    for (const m of text.matchAll(latin)) {
			      if (allowed.includes(m[0]) || seen.has(m[0])) continue;
			      seen.add(m[0]);
			      problems.push('не по-русски: «' + m[0] + '» (' + where + ')');
			    }
			  }
			  const nameOf = el => {
			    const by = el.getAttribute('aria-labelledby');
			    if (by) return by.split(/\\s+/).map(id => (document.getElementById(id) || {}).textContent || '').join(' ');
			    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
			    if (el.tagName === 'BUTTON') return el.textContent;
			    if (el.type === 'submit' || el.type === 'button') return el.value;
			    const labels = el.labels ? [...el.labels].map(l => l.textContent).join(' ') : '';
			    return labels || el.getAttribute('title') || '';
			  };
			  for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea, button')) {
			    if (!el.checkVisibility()) continue;
			    if (!cyrillic.test(nameOf(el))) problems.push('поле или кнопка без русского названия: ' + describe(el));
			  }
			  return problems;
			}
			""";

	/** A GET endpoint: its pattern as mapped, parsed for matching addresses, and whether it renders a page. */
	record PagePattern(String pattern, PathPattern parsed, boolean page) {
	}

	/**
	 * Every GET endpoint of the application, marked whether it renders a page: a method of the application's own
	 * {@code @Controller} (not REST) returning a view name or a {@code ModelAndView} — downloads return bodies.
	 */
	List<PagePattern> getEndpoints() {
		var out = new ArrayList<PagePattern>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
			HandlerMethod handler = e.getValue();
			Class<?> type = handler.getBeanType();
			Class<?> returns = handler.getReturnType().getParameterType();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			boolean page = type.getPackageName().startsWith("ru.nastavnik")
					&& !AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class)
					&& !handler.hasMethodAnnotation(ResponseBody.class)
					&& (returns == String.class || ModelAndView.class.isAssignableFrom(returns));
			for (String pattern : e.getKey().getPatternValues()) {
				out.add(new PagePattern(pattern, PathPatternParser.defaultInstance.parse(pattern), page));
			}
		}
		return out;
	}

	/**
	 * The page an address (with or without its query) is, as the dispatcher would choose among all GET endpoints (the
	 * most specific pattern); null if it is no page (a download, a feed, someone else's endpoint).
	 */
	static PagePattern match(List<PagePattern> endpoints, String address) {
		String path = address.replaceAll("[?#].*$", "");
		PathContainer container = PathContainer.parsePath(path);
		return endpoints.stream().filter(p -> p.parsed().matches(container))
			.min(Comparator.comparing(PagePattern::parsed, PathPattern.SPECIFICITY_COMPARATOR))
			.filter(PagePattern::page)
			.orElse(null);
	}
}
