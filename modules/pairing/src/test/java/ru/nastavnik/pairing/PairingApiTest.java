package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static ru.nastavnik.pairing.PairingTestSupport.inTenant;
import static ru.nastavnik.pairing.PairingTestSupport.listenersDone;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.pairing.domain.CandidateProjection;
import ru.nastavnik.pairing.domain.FormRepository;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.TestUsers;
import ru.nastavnik.registry.ParticipantRegistered;
import ru.nastavnik.registry.ParticipantSnapshot;

/**
 * What the module's API tests share: the beans they drive, candidates registered as the registry's events, a
 * programme, and calls as a signed-in user. Subclasses carry {@code @ApplicationModuleTest @AutoConfigureMockMvc}.
 */
abstract class PairingApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TenancyService tenancy;

	@Autowired
	TenantDirectory tenants;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CandidateProjection projection;

	@Autowired
	FormRepository forms;

	/** Who signs in for {@link #page}: the coordinator of the tenant the test works in. */
	String pageUser = "sasovo";

	private static final AtomicInteger TENANTS = new AtomicInteger();

	/**
	 * A new municipality of its own (no demo data; its coordinator signs in with the slug), once this module has set
	 * up its forms: for tests whose candidates must not meet another test's cross-organisation mentors.
	 */
	TenantId newTenant() {
		String slug = "pair" + System.nanoTime() % 1_000_000_000 + "x" + TENANTS.incrementAndGet();
		TenantId tenant = TestUsers.newTenantWithCoordinator(tenancy, slug, "Тестовый район " + slug, "secret");
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> listenersDone(jdbc)
				&& inTenant(tenant, tx, () -> forms.findAllByOrderByMethodologyDescCodeAsc().size()) >= 5);
		return tenant;
	}

	String slug(TenantId tenant) {
		return tenants.byId(tenant).orElseThrow().slug();
	}

	/** Publishes the registry's events as the registry does (in a transaction, in the tenant) and waits for the projection. */
	void register(TenantId tenant, List<ParticipantSnapshot> people) {
		TenantContext.run(tenant, () -> tx.executeWithoutResult(
				s -> people.forEach(p -> publisher.publishEvent(new ParticipantRegistered(tenant, p)))));
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> listenersDone(jdbc)
				&& people.stream().allMatch(p -> inTenant(tenant, tx, () -> projection.find(p.participantId())).isPresent()));
	}

	/** Opens a programme of the organisation with one form (over the API, as the tenant's coordinator). */
	String programme(String tenant, UUID org, String form) throws Exception {
		return JsonPath.read(body(post("/api/" + tenant + "/pairing/programmes").content("{\"organizationId\":\"" + org
				+ "\",\"title\":\"Программа наставничества\",\"formCodes\":[\"" + form
				+ "\"],\"startsOn\":\"2025-09-01\",\"endsOn\":\"2026-05-31\",\"goals\":\"успеваемость\"}"), tenant), "$.id");
	}

	MvcResult call(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(csrf()).with(TestUsers.as(tenancy, username)))
			.andReturn();
	}

	int status(MockHttpServletRequestBuilder request, String username) throws Exception {
		return call(request, username).getResponse().getStatus();
	}

	/** The body of a call that must succeed (2xx). */
	String body(MockHttpServletRequestBuilder request, String username) throws Exception {
		var response = call(request, username).getResponse();
		response.setCharacterEncoding("UTF-8");
		assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 299);
		return response.getContentAsString();
	}

	/** The body of a call that must be refused with this status. */
	String refused(MockHttpServletRequestBuilder request, String username, int status) throws Exception {
		var response = call(request, username).getResponse();
		response.setCharacterEncoding("UTF-8");
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		return response.getContentAsString();
	}

	/** A page as the tenant's coordinator sees it (200). */
	String page(String path) throws Exception {
		return page(get(path), null);
	}

	/** The page as the browser gets it after a redirect: with the flash attributes of the previous post. */
	String page(MockHttpServletRequestBuilder request, MvcResult previous) throws Exception {
		if (previous != null) {
			request.flashAttrs(previous.getFlashMap());
		}
		var response = mvc.perform(request.accept(MediaType.TEXT_HTML).with(TestUsers.as(tenancy, pageUser))).andReturn()
			.getResponse();
		response.setCharacterEncoding("UTF-8");
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return response.getContentAsString();
	}

	static <T> List<T> list(Iterable<T> items) {
		var result = new ArrayList<T>();
		items.forEach(result::add);
		return result;
	}
}
