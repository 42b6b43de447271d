package ru.nastavnik.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.TestUsers;

/**
 * Every endpoint the running application maps — whichever module added it, whenever — is checked against the
 * scope rules: a tenant's endpoints refuse every other tenant's users, the ministry and the administrator (403) and
 * anonymous callers (401 for the API, the sign-in page for pages); a region's endpoints refuse other regions'
 * viewers and all coordinators; administration refuses everybody but the administrator. Nobody has to remember to
 * add a new endpoint here.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTests {

	static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	TenancyService tenancy;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Endpoint(HttpMethod method, String pattern) {

		String path(String tenant, String region) {
			Matcher m = VARIABLE.matcher(pattern.replace("/**", ""));
			var out = new StringBuilder();
			while (m.find()) {
				String name = m.group(1).replaceAll(":.*", "");
				String value = switch (name) {
					case "tenant" -> tenant;
					case "region" -> region;
					default -> UUID.randomUUID().toString();
				};
				m.appendReplacement(out, value);
			}
			m.appendTail(out);
			return out.toString();
		}

		boolean isTenantScoped() {
			return pattern.startsWith("/api/{tenant}") || pattern.startsWith("/t/{tenant}");
		}

		/** The participant's own section: {@code /api/{tenant}/me/**}, {@code /t/{tenant}/me/**}. */
		boolean isParticipantScoped() {
			return pattern.equals("/api/{tenant}/me") || pattern.startsWith("/api/{tenant}/me/")
					|| pattern.equals("/t/{tenant}/me") || pattern.startsWith("/t/{tenant}/me/");
		}

		boolean isStaffScoped() {
			return isTenantScoped() && !isParticipantScoped();
		}

		boolean isRegionScoped() {
			return pattern.startsWith("/api/regions/{region}") || pattern.startsWith("/r/{region}");
		}

		boolean isAdmin() {
			return pattern.startsWith("/admin") || (pattern.startsWith("/api/tenants") && method != HttpMethod.GET)
					|| pattern.startsWith("/api/admin");
		}

		/** The signed-in user's own things: {@code /api/me/**} and {@code /account/**} (API tokens). */
		boolean isOwnAccount() {
			return pattern.startsWith("/api/me/") || pattern.startsWith("/account/");
		}

		boolean isApi() {
			return pattern.startsWith("/api/");
		}
	}

	static List<Endpoint> endpoints;

	@BeforeAll
	static void none() {
		endpoints = null;
	}

	List<Endpoint> endpoints() {
		if (endpoints == null) {
			var list = new ArrayList<Endpoint>();
			for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
						list.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern));
					}
				}
			}
			endpoints = list;
		}
		return endpoints;
	}

	MvcResult call(Endpoint endpoint, String path, RequestPostProcessor who) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), path).with(csrf());
		if (!endpoint.isApi()) {
			// pages are asked for as a browser does
			request = request.accept(org.springframework.http.MediaType.TEXT_HTML);
		}
		if (who != null) {
			request = request.with(who);
		}
		return mvc.perform(request).andReturn();
	}

	@Test
	void theMatrixCoversTheApplicationsScopes() {
		assertThat(endpoints()).anyMatch(Endpoint::isTenantScoped).anyMatch(Endpoint::isRegionScoped)
			.anyMatch(Endpoint::isAdmin);
	}

	@Test
	void everyTenantEndpointRefusesOtherTenantsTheMinistryTheAdminAndAnonymous() throws Exception {
		assertThat(refusalsOf(Endpoint::isTenantScoped, List.of("sasovo", "michurinsk", "minobr-tambov", "admin"))).isEmpty();
	}

	@Test
	void everyRegionEndpointRefusesOtherRegionsCoordinatorsAndAnonymous() throws Exception {
		demoParticipants();
		assertThat(refusalsOf(Endpoint::isRegionScoped,
				List.of("minobr-ryazan", "minobr-dagestan", "sosnovka", "admin", "sosnovka-mentor"))).isEmpty();
	}

	@Test
	void administrationRefusesEverybodyButTheAdministrator() throws Exception {
		demoParticipants();
		assertThat(refusalsOf(Endpoint::isAdmin, List.of("sasovo", "minobr-tambov", "sosnovka-mentor"))).isEmpty();
	}

	// ---------------------------------------------------------------- the participant role (issue 14, decision 0010)

	/** The demo participant accounts, created by the registry's demo data once Sosnovka's and Sasovo's lists are in. */
	void demoParticipants() {
		Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> tenancy.findAccount("sosnovka-mentor").isPresent()
				&& tenancy.findAccount("sasovo-mentor").isPresent());
	}

	@Test
	void theMatrixCoversTheParticipantsSection() {
		assertThat(endpoints()).anyMatch(Endpoint::isParticipantScoped);
	}

	@Test
	void everyStaffEndpointRefusesParticipantsOfTheSameAndOtherTenants() throws Exception {
		demoParticipants();
		assertThat(refusalsOf(Endpoint::isStaffScoped, List.of("sosnovka-mentor", "sasovo-mentor"))).isEmpty();
	}

	@Test
	void everyParticipantEndpointRefusesStaffOtherTenantsParticipantsAndAnonymous() throws Exception {
		demoParticipants();
		assertThat(refusalsOf(Endpoint::isParticipantScoped,
				List.of("sosnovka", "sasovo", "sasovo-mentor", "minobr-tambov", "admin"))).isEmpty();
	}

	@Test
	void aParticipantGetsTheirOwnData() throws Exception {
		demoParticipants();
		var refused = new ArrayList<String>();
		for (Endpoint e : endpoints().stream().filter(Endpoint::isParticipantScoped)
			.filter(e -> e.method() == HttpMethod.GET && !VARIABLE.matcher(e.pattern().replace("{tenant}", "")).find())
			.toList()) {
			String path = e.path("sosnovka", "tambov");
			int status = call(e, path, TestUsers.as(tenancy, "sosnovka-mentor")).getResponse().getStatus();
			if (status != 200) {
				refused.add(e.method() + " " + path + " -> " + status);
			}
		}
		assertThat(refused).isEmpty();
		var me = mvc.perform(MockMvcRequestBuilders.get("/api/sosnovka/me").with(TestUsers.as(tenancy, "sosnovka-mentor")))
			.andReturn().getResponse();
		me.setCharacterEncoding("UTF-8");
		assertThat(com.jayway.jsonpath.JsonPath.<String>read(me.getContentAsString(), "$.id"))
			.isEqualTo(tenancy.findAccount("sosnovka-mentor").orElseThrow().participantId().toString());
	}

	@Test
	void anotherParticipantOfTheSameSchoolAndTheSameIdElsewhereAreRefused() throws Exception {
		demoParticipants();
		var sosnovkaMentor = tenancy.findAccount("sosnovka-mentor").orElseThrow();
		var sasovoMentor = tenancy.findAccount("sasovo-mentor").orElseThrow();
		// a staff path naming another participant — and naming themself: participants have no staff paths at all
		for (String path : List.of("/api/sosnovka/registry/participants/" + sosnovkaMentor.participantId(),
				"/api/sosnovka/pairing/participants/" + sosnovkaMentor.participantId() + "/answers",
				"/t/sosnovka/registry/participants/" + sosnovkaMentor.participantId())) {
			assertThat(mvc.perform(MockMvcRequestBuilders.get(path).accept(org.springframework.http.MediaType.TEXT_HTML)
				.with(TestUsers.as(tenancy, "sosnovka-mentor"))).andReturn().getResponse().getStatus()).as(path).isEqualTo(403);
		}
		// Sasovo's participant on Sosnovka's «me»: refused before anything is read
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/api/sosnovka/me").with(TestUsers.as(tenancy, "sasovo-mentor")))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		// and Sasovo's participant's own page shows their own record, not Sosnovka's
		var own = mvc.perform(MockMvcRequestBuilders.get("/api/sasovo/me").with(TestUsers.as(tenancy, "sasovo-mentor")))
			.andReturn().getResponse();
		own.setCharacterEncoding("UTF-8");
		assertThat(com.jayway.jsonpath.JsonPath.<String>read(own.getContentAsString(), "$.id"))
			.isEqualTo(sasovoMentor.participantId().toString());
	}

	@Test
	void everyOwnAccountEndpointRefusesAnonymous() throws Exception {
		var refusals = new ArrayList<String>();
		var own = endpoints().stream().filter(Endpoint::isOwnAccount).toList();
		assertThat(own).extracting(Endpoint::pattern).contains("/api/me/tokens", "/api/me/tokens/{id}", "/account/tokens",
				"/account/tokens/{id}/revoke");
		for (Endpoint e : own) {
			expectAnonymousRefused(e, e.path("sosnovka", "tambov"), refusals);
		}
		assertThat(refusals).isEmpty();
	}

	@Test
	void aUsersTokensAreInvisibleAndIrrevocableToEveryOtherRole() throws Exception {
		var created = mvc.perform(MockMvcRequestBuilders.post("/api/me/tokens").with(csrf())
			.with(TestUsers.as(tenancy, "sosnovka")).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Скрипт школы\",\"validDays\":10}")).andReturn().getResponse();
		assertThat(created.getStatus()).isEqualTo(201);
		String id = com.jayway.jsonpath.JsonPath.read(created.getContentAsString(), "$.view.id");
		for (String other : List.of("sasovo", "michurinsk", "minobr-tambov", "admin")) {
			var list = mvc.perform(MockMvcRequestBuilders.get("/api/me/tokens").with(TestUsers.as(tenancy, other)))
				.andReturn().getResponse();
			assertThat(list.getStatus()).isEqualTo(200);
			assertThat(list.getContentAsString()).as(other).doesNotContain(id);
			assertThat(mvc.perform(MockMvcRequestBuilders.delete("/api/me/tokens/" + id).with(csrf())
				.with(TestUsers.as(tenancy, other))).andReturn().getResponse().getStatus()).as(other).isEqualTo(404);
			assertThat(mvc.perform(MockMvcRequestBuilders.post("/account/tokens/" + id + "/revoke").with(csrf())
				.accept(org.springframework.http.MediaType.TEXT_HTML).with(TestUsers.as(tenancy, other))).andReturn()
				.getResponse().getStatus()).as(other).isEqualTo(404);
			var uses = mvc.perform(MockMvcRequestBuilders.get("/api/me/tokens/uses").param("tokenId", id)
				.with(TestUsers.as(tenancy, other))).andReturn().getResponse();
			assertThat(uses.getContentAsString()).as(other).isEqualTo("[]");
		}
		var mine = mvc.perform(MockMvcRequestBuilders.get("/api/me/tokens").with(TestUsers.as(tenancy, "sosnovka")))
			.andReturn().getResponse().getContentAsString();
		assertThat(mine).contains(id).contains("\"status\":\"ACTIVE\"");
	}

	@Test
	void theOwnTenantIsLetThrough() throws Exception {
		var home = new Endpoint(HttpMethod.GET, "/t/{tenant}");
		assertThat(call(home, home.path("sasovo", "ryazan"), TestUsers.as(tenancy, "sasovo")).getResponse().getStatus())
			.isEqualTo(200);
		var region = new Endpoint(HttpMethod.GET, "/r/{region}");
		assertThat(call(region, region.path("sasovo", "tambov"), TestUsers.as(tenancy, "minobr-tambov")).getResponse()
			.getStatus()).isEqualTo(200);
	}

	/**
	 * Calls every endpoint of the scope, on Sosnovka / Tambov, as each of {@code outsiders} (who must get 403) and
	 * anonymously; what was not refused as it should be.
	 */
	private List<String> refusalsOf(java.util.function.Predicate<Endpoint> scope, List<String> outsiders) throws Exception {
		var refusals = new ArrayList<String>();
		for (Endpoint e : endpoints().stream().filter(scope).toList()) {
			String path = e.path("sosnovka", "tambov");
			for (String username : outsiders) {
				int status = call(e, path, TestUsers.as(tenancy, username)).getResponse().getStatus();
				if (status != 403) {
					refusals.add(e.method() + " " + path + " as " + username + " -> " + status);
				}
			}
			expectAnonymousRefused(e, path, refusals);
		}
		return refusals;
	}

	private void expectAnonymousRefused(Endpoint e, String path, List<String> refusals) throws Exception {
		var response = call(e, path, null).getResponse();
		if (e.isApi()) {
			if (response.getStatus() != 401) {
				refusals.add(e.method() + " " + path + " anonymous -> " + response.getStatus());
			}
		}
		else if (response.getStatus() != 302 || !String.valueOf(response.getRedirectedUrl()).endsWith("/login")) {
			refusals.add(e.method() + " " + path + " anonymous -> " + response.getStatus() + " " + response.getRedirectedUrl());
		}
	}
}
