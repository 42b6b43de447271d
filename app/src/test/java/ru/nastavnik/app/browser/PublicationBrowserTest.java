package ru.nastavnik.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Page;

import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantSummary;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.publication.application.RegistryFacts;
import ru.nastavnik.registry.AgeBand;
import ru.nastavnik.registry.ParticipantCategory;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.ParticipantSnapshot;
import ru.nastavnik.registry.PersonName;

/**
 * In a real browser: a school curator drafts and submits a best-practice case, the coordinator approves and
 * publishes it, and it appears on the public page and in the Atom feed; a text naming a registered pupil is refused.
 */
class PublicationBrowserTest extends BrowserTestSupport {

	@Autowired
	TenancyService tenancy;

	@Autowired
	RegistryFacts registry;

	@Autowired
	PlatformTransactionManager transactions;

	void signOut() {
		page.locator("form.logout button").click();
		page.waitForURL(u -> u.contains("/login"));
	}

	void inTenant(TenantSummary tenant, Runnable action) {
		TenantContext.run(tenant.id(), () -> new TransactionTemplate(transactions).executeWithoutResult(s -> action.run()));
	}

	@Test
	void aCuratorsCaseIsReviewedPublishedAndSyndicated() {
		TenantSummary sasovo = tenancy.bySlug("sasovo").orElseThrow();
		UUID school = UUID.randomUUID();
		inTenant(sasovo, () -> registry.organization(school, "МБОУ «Сасовская СОШ № 7»", "СОШ № 7"));
		tenancy.createAccount(new TenancyService.NewAccount("sasovo-curator-browser", "secret", "Куратор СОШ № 7",
				Role.SCHOOL_CURATOR, sasovo.id(), null, school));

		signIn("sasovo-curator-browser", "secret");
		page.navigate(url("/t/sasovo/publication"));
		assertThat(page.locator("h1")).hasText("Публикации");
		page.locator("#new-case input[name=title]").fill("Клуб юных наставников СОШ № 7");
		page.locator("#new-case select[name=formCode]").selectOption("PUPIL_PUPIL");
		page.locator("#new-case button[type=submit]").click();
		assertThat(page.locator("h1")).hasText("Клуб юных наставников СОШ № 7");
		page.locator("#content textarea[name=problem]").fill("<p>Пятиклассникам трудно привыкнуть к основной школе.</p>");
		page.locator("#content textarea[name=actions]").fill("<ul><li>старшеклассники ведут клуб</li></ul>");
		page.locator("#content textarea[name=results]").fill("<p>Пропусков стало вдвое меньше.</p>");
		page.locator("#content button[type=submit]").click();
		assertThat(page.locator(".notice").first()).containsText("Сохранено");
		page.locator("#submit").click();
		assertThat(page.locator("#status")).hasText("На рассмотрении");
		assertThat(page.locator("#approve")).hasCount(0);
		String itemUrl = page.url();
		signOut();

		signIn("sasovo", "demo");
		page.navigate(itemUrl);
		page.locator("#approve").click();
		assertThat(page.locator("#status")).hasText("Одобрено");
		page.locator("#publish").click();
		assertThat(page.locator("#status")).hasText("Опубликовано");

		page.navigate(url("/public/sasovo"));
		assertThat(page).hasTitle("Целевая модель наставничества — Сасовский муниципальный район");
		assertThat(page.locator("#cases")).containsText("Клуб юных наставников СОШ № 7");
		page.locator("#cases a", new Page.LocatorOptions().setHasText("Клуб юных наставников СОШ № 7")).click();
		assertThat(page.locator("article h1")).hasText("Клуб юных наставников СОШ № 7");
		assertThat(page.locator("article")).containsText("Пропусков стало вдвое меньше.");
		var feed = page.request().get(url("/public/sasovo/feed.atom"));
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.headers().get("content-type")).startsWith("application/atom+xml");
		assertThat(feed.text()).contains("<title>Клуб юных наставников СОШ № 7</title>");
	}

	@Test
	void aTextNamingARegisteredPupilIsRefused() {
		TenantSummary michurinsk = tenancy.bySlug("michurinsk").orElseThrow();
		var pupil = new ParticipantSnapshot(UUID.randomUUID(), null, new PersonName("Снегирёв", "Платон", null),
				ParticipantCategory.PUPIL, 8, AgeBand.FROM_10_TO_14, true, false, Set.of(ParticipantRole.MENTEE), Set.of(),
				Set.of(), null, false, false, true, false, LocalDate.of(2024, 9, 1), true);
		inTenant(michurinsk, () -> registry.participant(pupil));

		signIn("michurinsk", "demo");
		page.navigate(url("/t/michurinsk/publication"));
		page.locator("#new-post input[name=title]").fill("Итоги городской олимпиады");
		page.locator("#new-post button[type=submit]").click();
		assertThat(page.locator("h1")).hasText("Итоги городской олимпиады");
		page.locator("#content textarea[name=body]").fill("<p>Поздравляем Платона Снегирева с победой!</p>");
		page.locator("#content button[type=submit]").click();
		page.locator("#publish").click();
		assertThat(page.locator("#problem")).containsText("несовершеннолетнего");
		assertThat(page.locator("#problem")).containsText("«Платона Снегирева»");
		assertThat(page.locator("#status")).hasText("Черновик");

		page.navigate(url("/public/michurinsk"));
		assertThat(page.locator("main")).not().containsText("Итоги городской олимпиады");
	}
}
