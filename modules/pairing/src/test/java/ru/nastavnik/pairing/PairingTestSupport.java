package ru.nastavnik.pairing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.security.NastavnikPrincipal;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.TestUsers;
import ru.nastavnik.registry.AgeBand;
import ru.nastavnik.registry.ParticipantCategory;
import ru.nastavnik.registry.ParticipantRegistered;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.ParticipantSnapshot;
import ru.nastavnik.registry.PersonName;

/** Registry events as the registry would publish them, signing in, and waiting for this module's listeners. */
public final class PairingTestSupport {

	private PairingTestSupport() {
	}

	public static ParticipantSnapshot mentor(UUID org, String surname, ParticipantCategory category, Set<String> competencies,
			int capacity, boolean trained) {
		return new ParticipantSnapshot(UUID.randomUUID(), org, new PersonName(surname, "Анна", "Петровна"), category, null,
				AgeBand.FROM_35, false, false, Set.of(ParticipantRole.MENTOR), competencies, Set.of(), capacity, trained, true,
				true, false, LocalDate.of(2024, 9, 1), true);
	}

	public static ParticipantSnapshot pupil(UUID org, String surname, int grade, Set<ParticipantRole> roles,
			Set<String> requests) {
		return new ParticipantSnapshot(UUID.randomUUID(), org, new PersonName(surname, "Иван", null), ParticipantCategory.PUPIL,
				grade, grade < 9 ? AgeBand.FROM_10_TO_14 : AgeBand.FROM_15_TO_19, true, false, roles, Set.of("математика"),
				requests, roles.contains(ParticipantRole.MENTOR) ? 1 : null, false, false, true, false,
				LocalDate.of(2024, 9, 1), true);
	}

	public static ParticipantSnapshot withConsent(ParticipantSnapshot s, boolean consent) {
		return new ParticipantSnapshot(s.participantId(), s.organizationId(), s.name(), s.category(), s.grade(), s.ageBand(),
				s.minor(), s.youngTeacher(), s.roles(), s.competencies(), s.requests(), s.mentorCapacity(), s.mentorTrained(),
				s.positiveExperience(), consent, s.publicationConsent(), s.joinedOn(), s.active());
	}

	public static ParticipantRegistered registered(TenantId tenant, ParticipantSnapshot s) {
		return new ParticipantRegistered(tenant, s);
	}

	/** True when no event publication of this module's listeners is still in flight. */
	public static boolean listenersDone(JdbcTemplate jdbc) {
		Integer pending = jdbc.queryForObject(
				"select count(*) from platform.event_publication where completion_date is null and listener_id like 'ru.nastavnik.pairing.%'",
				Integer.class);
		return pending != null && pending == 0;
	}

	public static <T> T inTenant(TenantId tenant, TransactionTemplate tx, Supplier<T> action) {
		return TenantContext.get(tenant, () -> tx.execute(s -> action.get()));
	}

	public static void signIn(TenancyService tenancy, String username) {
		var user = TestUsers.currentUser(tenancy, username);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(new NastavnikPrincipal(user, "n/a", true), null, List.of()));
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

	/** A JSON request as the user, with the CSRF token. */
	public static org.springframework.test.web.servlet.MvcResult call(org.springframework.test.web.servlet.MockMvc mvc,
			TenancyService tenancy, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String username) throws Exception {
		return mvc.perform(request.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(TestUsers.as(tenancy, username))).andReturn();
	}

	/** The body of a successful JSON request (fails the test, with the body, on any other status). */
	public static String body(org.springframework.test.web.servlet.MockMvc mvc, TenancyService tenancy,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String username)
			throws Exception {
		var response = call(mvc, tenancy, request, username).getResponse();
		response.setCharacterEncoding("UTF-8");
		org.assertj.core.api.Assertions.assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 299);
		return response.getContentAsString();
	}

	/** Publishes the registry's events as the registry does (in a transaction, in the tenant) and waits for the projection. */
	public static void register(org.springframework.context.ApplicationEventPublisher publisher, TransactionTemplate tx,
			JdbcTemplate jdbc, ru.nastavnik.pairing.domain.CandidateProjection projection, TenantId tenant,
			List<ParticipantSnapshot> people) {
		TenantContext.run(tenant, () -> tx.executeWithoutResult(
				s -> people.forEach(p -> publisher.publishEvent(new ParticipantRegistered(tenant, p)))));
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> listenersDone(jdbc)
				&& people.stream().allMatch(p -> inTenant(tenant, tx, () -> projection.find(p.participantId())).isPresent()));
	}

	public static <T> List<T> list(Iterable<T> items) {
		var result = new java.util.ArrayList<T>();
		items.forEach(result::add);
		return result;
	}
}
