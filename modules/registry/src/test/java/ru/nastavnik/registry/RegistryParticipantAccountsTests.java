package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.platform.ParticipantActivity;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.registry.domain.ImportColumn;
import ru.nastavnik.registry.domain.Invitation;
import ru.nastavnik.registry.domain.InvitationStore;
import ru.nastavnik.registry.domain.InvitationToken;
import ru.nastavnik.registry.domain.ParticipantQuery;
import ru.nastavnik.registry.domain.ParticipantStore;

/**
 * Participant accounts (issue 14, decision 0010): invitation by a one-time link, the password rules, used, expired
 * and revoked links, minors, the participant's own data and consent withdrawal, the audit, and the participant scope
 * at the database — queried below the web layer.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class RegistryParticipantAccountsTests {

    static final String GOOD_PASSWORD = "Наставник-ok-2024".replace("Наставник", "Vesna");

    @Autowired
    MockMvc mvc;

    @Autowired
    TenancyService tenancy;

    @Autowired
    InvitationStore invitationStore;

    @Autowired
    ParticipantStore participantStore;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    RegistryTestSupport support;
    String tenant;
    TenantId tenantId;
    UUID teacher;
    UUID otherTeacher;
    UUID pupil14;
    UUID pupil11;
    String user;

    @BeforeEach
    void tenantWithParticipants() throws Exception {
        support = new RegistryTestSupport(mvc, tenancy);
        tenant = support.newTenant();
        user = "p" + tenant;
        tenantId = tenancy.bySlug(tenant).orElseThrow().id();
        support.organisation(tenant, "МБОУ СОШ №1");
        var young = RegistryTestSupport.pupil("Малышкина", "МБОУ СОШ №1");
        young.put(ImportColumn.NAME, "Вера");
        young.put(ImportColumn.PATRONYMIC, "Игоревна");
        young.put(ImportColumn.BIRTH_DATE, "12.05.2015");
        young.put(ImportColumn.SCHOOL_CLASS, "5А");
        support.upload(tenant, tenant, "list.csv", RegistryTestSupport.csv(List.of(
                RegistryTestSupport.teacher("Понарошкина", "МБОУ СОШ №1"),
                RegistryTestSupport.teacher("Выдумкина", "МБОУ СОШ №1"),
                RegistryTestSupport.pupil("Сказкин", "МБОУ СОШ №1"), young), ';', StandardCharsets.UTF_8))
            .andExpect(status().isOk());
        teacher = id("Понарошкина");
        otherTeacher = id("Выдумкина");
        pupil14 = id("Сказкин");
        pupil11 = id("Малышкина");
    }

    UUID id(String surname) throws Exception {
        String body = mvc.perform(get("/api/" + tenant + "/registry/participants").param("search", surname).with(support.as(tenant)))
            .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.items[0].id"));
    }

    String invite(UUID participant, String json) throws Exception {
        String body = mvc.perform(post("/api/" + tenant + "/registry/participants/" + participant + "/invitations")
                .with(support.as(tenant)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.link", containsString("/join/" + tenant + "/")))
            .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    org.springframework.test.web.servlet.ResultActions accept(String token, String username, String password)
            throws Exception {
        return mvc.perform(post("/api/join/" + tenant + "/" + token).contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"passwordRepeat\":\"" + password + "\"}"));
    }

    <T> T in(TenantContext.Scope scope, java.util.function.Supplier<T> work) {
        return TenantContext.<T>call(scope, () -> tx.execute(s -> work.get()));
    }

    List<String> auditActions(UUID participant) {
        return in(TenantContext.Scope.single(tenantId), () -> jdbc.queryForList(
                "select action from registry.audit_entry where participant_id = ? order by at", String.class, participant));
    }

    @Test
    void anAdultIsInvitedSetsAPasswordOnceAndSeesOnlyTheirOwnData() throws Exception {
        String token = invite(teacher, "{}");
        // only the hash is kept
        Integer plain = in(TenantContext.Scope.single(tenantId), () -> jdbc.queryForObject(
                "select count(*) from registry.invitation where token_hash = ?", Integer.class, token));
        assertThat(plain).isZero();
        mvc.perform(get("/api/join/" + tenant + "/" + token)).andExpect(status().isOk())
            .andExpect(jsonPath("$.inviteeName").value("Понарошкина Алёна Викторовна"))
            .andExpect(jsonPath("$.representative").value(false));

        // a weak password: a specific message, nothing created, the link still usable
        accept(token, user, "abc12").andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.errors[0].field").value("password"))
            .andExpect(jsonPath("$.errors[0].message").value("Пароль слишком короткий: 5 символов, нужно не меньше 10"));
        accept(token, user, "qwertyuiop12").andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.errors[0].message", containsString("«qwertyuiop»")));
        accept(token, user, "длинныйпароль").andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.errors[0].message").value("Пароль слишком простой: в нём должны быть и буквы, и цифры"));
        assertThat(tenancy.findAccount(user)).isEmpty();

        accept(token, user, GOOD_PASSWORD).andExpect(status().isCreated())
            .andExpect(jsonPath("$.username").value(user));
        var account = tenancy.findAccount(user).orElseThrow();
        assertThat(account.participantId()).isEqualTo(teacher);
        assertThat(account.tenantId()).isEqualTo(tenantId);
        assertThat(account.passwordHash()).startsWith("{bcrypt}").doesNotContain(GOOD_PASSWORD);

        // one-time
        accept(token, user + "b", GOOD_PASSWORD).andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value("Эта ссылка-приглашение уже использована. Войдите со своим именем пользователя и паролем"));
        mvc.perform(get("/join/" + tenant + "/" + token).accept(MediaType.TEXT_HTML)).andExpect(status().isGone())
            .andExpect(content().string(containsString("уже использована")));
        assertThat(tenancy.findAccount(user + "b")).isEmpty();

        // the participant: own data only
        mvc.perform(get("/api/" + tenant + "/me").with(support.as(user))).andExpect(status().isOk())
            .andExpect(jsonPath("$.surname").value("Понарошкина"))
            .andExpect(jsonPath("$.organization").value("Муниципальное бюджетное общеобразовательное учреждение МБОУ СОШ №1"))
            .andExpect(jsonPath("$.consents[0].purpose").value("PROCESSING"));
        mvc.perform(get("/t/" + tenant + "/me").with(support.as(user))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Понарошкина Алёна Викторовна")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Выдумкина"))));
        // staff endpoints, another participant's card, the coordinator's pages: refused by the web layer
        mvc.perform(get("/api/" + tenant + "/registry/participants/" + otherTeacher).with(support.as(user)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/" + tenant + "/registry/participants/" + teacher).with(support.as(user)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/" + tenant + "/registry/participants").with(support.as(user)))
            .andExpect(status().isForbidden());
        // and the coordinator has no «me»
        mvc.perform(get("/api/" + tenant + "/me").with(support.as(tenant))).andExpect(status().isForbidden());

        assertThat(auditActions(teacher)).containsSubsequence("INVITED", "ACCOUNT_CREATED");

        // signing in through the form: the participant's home, and the sign-in in the audit log
        var login = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                .formLogin().user(user).password(GOOD_PASSWORD)).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
        mvc.perform(get("/").session((org.springframework.mock.web.MockHttpSession) login.getRequest().getSession()))
            .andExpect(status().is3xxRedirection())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/t/" + tenant + "/me"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
            .until(() -> auditActions(teacher).contains("SIGNED_IN"));
    }

    @Test
    void theParticipantScopeHoldsAtTheDatabaseBelowTheWebLayer() throws Exception {
        var asTeacher = TenantContext.Scope.participant(tenantId, teacher);
        // the store's own queries, as a participant's request would run them
        assertThat(in(asTeacher, () -> participantStore.find(otherTeacher))).isEmpty();
        assertThat(in(asTeacher, () -> participantStore.find(teacher))).isPresent();
        var page = in(asTeacher, () -> participantStore.list(
                new ParticipantQuery(null, null, null, null, null, null, java.time.LocalDate.now(), 0, 50)));
        assertThat(page.items()).extracting(i -> i.id()).containsExactly(teacher);
        // plain SQL: no other participant's row, consent or organisation beyond the own
        in(asTeacher, () -> {
            assertThat(jdbc.queryForObject("select count(*) from registry.participant", Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForList("select distinct participant_id from registry.consent", UUID.class))
                .containsExactly(teacher);
            assertThat(jdbc.queryForObject("select count(*) from registry.organization", Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from registry.curator", Integer.class)).isZero();
            assertThat(jdbc.update("update registry.participant set email = 'x@example.ru' where id = ?", otherTeacher)).isZero();
            return null;
        });
        // the same participant id under another tenant: nothing
        String other = support.newTenant();
        var elsewhere = TenantContext.Scope.participant(tenancy.bySlug(other).orElseThrow().id(), teacher);
        assertThat(in(elsewhere, () -> participantStore.find(teacher))).isEmpty();
        // staff of the tenant are not narrowed
        Integer all = in(TenantContext.Scope.single(tenantId),
                () -> jdbc.queryForObject("select count(*) from registry.participant", Integer.class));
        assertThat(all).isEqualTo(4);
    }

    @Test
    void minorsGetNoAccountOfTheirOwnTheirRepresentativeIsInvited() throws Exception {
        mvc.perform(post("/api/" + tenant + "/registry/participants/" + pupil11 + "/invitations").with(support.as(tenant))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"representative\":false}"))
            .andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.errors[0].field").value("representative"))
            .andExpect(jsonPath("$.errors[0].message", containsString("до 14 лет учётной записи у участника не бывает")));
        mvc.perform(post("/api/" + tenant + "/registry/participants/" + pupil14 + "/invitations").with(support.as(tenant))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"representative\":false}"))
            .andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.errors[0].message", containsString("лично приглашаются только совершеннолетние")));
        mvc.perform(post("/api/" + tenant + "/registry/participants/" + teacher + "/invitations").with(support.as(tenant))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"representative\":true}"))
            .andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.errors[0].message", containsString("совершеннолетний, приглашается сам")));

        String token = invite(pupil11, "{\"representative\":true}");
        mvc.perform(get("/api/join/" + tenant + "/" + token)).andExpect(status().isOk())
            .andExpect(jsonPath("$.inviteeName").value("Петрова Ольга Николаевна"))
            .andExpect(jsonPath("$.representative").value(true));
        accept(token, "m" + tenant, GOOD_PASSWORD).andExpect(status().isCreated());
        var account = tenancy.findAccount("m" + tenant).orElseThrow();
        assertThat(account.participantId()).isEqualTo(pupil11);
        assertThat(account.representative()).isTrue();
        mvc.perform(get("/api/" + tenant + "/me").with(support.as("m" + tenant))).andExpect(status().isOk())
            .andExpect(jsonPath("$.surname").value("Малышкина"))
            .andExpect(jsonPath("$.actingAsRepresentative").value(true));
    }

    @Test
    void expiredRevokedAndUnknownLinksGetTheirOwnMessage() throws Exception {
        // expired: an invitation issued 10 days ago for 3 days
        String expired = InvitationToken.generate();
        Instant issued = Instant.now().minus(10, ChronoUnit.DAYS);
        TenantContext.run(tenantId, () -> tx.executeWithoutResult(s -> invitationStore.add(Invitation.issue(teacher, false,
                "Понарошкина Алёна Викторовна", InvitationToken.hash(expired), issued, "test", issued.plus(3, ChronoUnit.DAYS)))));
        accept(expired, user, GOOD_PASSWORD).andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail", containsString("Срок действия приглашения истёк")));
        mvc.perform(get("/join/" + tenant + "/" + expired).accept(MediaType.TEXT_HTML)).andExpect(status().isGone())
            .andExpect(content().string(containsString("Попросите куратора выдать новое")));

        String token = invite(teacher, "{\"days\":14}");
        String body = mvc.perform(get("/api/" + tenant + "/registry/participants/" + teacher + "/invitations")
                .with(support.as(tenant))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String pending = JsonPath.read(body, "$.invitations[0].id");
        assertThat((String) JsonPath.read(body, "$.invitations[0].status")).isEqualTo("PENDING");
        mvc.perform(post("/api/" + tenant + "/registry/invitations/" + pending + "/revocation").with(support.as(tenant)).with(csrf()))
            .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVOKED"));
        accept(token, user, GOOD_PASSWORD).andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail", containsString("Приглашение отозвано куратором")));
        assertThat(tenancy.findAccount(user)).isEmpty();

        mvc.perform(get("/join/" + tenant + "/" + InvitationToken.generate()).accept(MediaType.TEXT_HTML))
            .andExpect(status().isNotFound()).andExpect(content().string(containsString("Ссылка-приглашение не найдена")));
        mvc.perform(get("/join/" + tenant + "/short").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        assertThat(auditActions(teacher)).contains("INVITED", "INVITATION_REVOKED");
    }

    @Test
    void theParticipantWithdrawsConsentsThemselvesWithTheUsualConsequences(PublishedEvents events) throws Exception {
        mvc.perform(post("/api/" + tenant + "/registry/participants/" + teacher + "/consents").with(support.as(tenant)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"purpose\":\"PUBLICATION\",\"givenOn\":\"2025-09-01\",\"byLegalRepresentative\":false}"))
            .andExpect(status().isOk());
        accept(invite(teacher, "{}"), user, GOOD_PASSWORD).andExpect(status().isCreated());

        mvc.perform(post("/api/" + tenant + "/me/consents/PUBLICATION/withdrawal").with(support.as(user)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.consents[?(@.purpose == 'PUBLICATION')].valid").value(false));
        assertThat(events.ofType(ConsentWithdrawn.class).matching(e -> e.participantId().equals(teacher)
                && e.purpose() == ConsentPurpose.PUBLICATION)).hasSize(1);
        // withdrawn already: a specific refusal
        mvc.perform(post("/api/" + tenant + "/me/consents/PUBLICATION/withdrawal").with(support.as(user)).with(csrf()))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value("Действующего согласия («" + ConsentPurpose.PUBLICATION.title() + "») нет"));

        mvc.perform(post("/api/" + tenant + "/me/consents/PROCESSING/withdrawal").with(support.as(user)).with(csrf()))
            .andExpect(status().isOk()).andExpect(jsonPath("$.surname").value("Участник"))
            .andExpect(jsonPath("$.name", containsString("№")));
        assertThat(events.ofType(ParticipantAnonymised.class).matching(e -> e.participantId().equals(teacher))).hasSize(1);
        assertThat(tenancy.findAccount(user).orElseThrow().enabled()).isFalse();
        // the disabled account cannot sign in, and is told so in Russian
        var refused = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                .formLogin().user(user).password(GOOD_PASSWORD)).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).contains("/login?error");
        var reason = (Exception) refused.getRequest().getSession().getAttribute("SPRING_SECURITY_LAST_EXCEPTION");
        assertThat(reason.getMessage()).startsWith("Учётная запись отключена");
        assertThat(auditActions(teacher)).contains("CONSENT_WITHDRAWN", "ANONYMISED", "ACCOUNT_DISABLED");
        String details = in(TenantContext.Scope.single(tenantId), () -> jdbc.queryForObject(
                "select details from registry.audit_entry where participant_id = ? and action = 'CONSENT_WITHDRAWN' "
                        + "order by at limit 1", String.class, teacher));
        assertThat(details).contains("отозвано участником в личном кабинете");
    }

    @Test
    void participantActivityOfOtherModulesIsAuditedOnce(Scenario scenario) {
        var activity = new ParticipantActivity(tenantId, UUID.randomUUID(), teacher, UUID.randomUUID(), user,
                ParticipantActivity.Kind.QUESTIONNAIRE_ANSWERED, "ответы на 4 вопроса", Instant.now());
        scenario.publish(activity).andWaitForStateChange(() -> auditActions(teacher).contains("QUESTIONNAIRE_ANSWERED"),
                Boolean::booleanValue).andVerify(found -> assertThat(found).isTrue());
        scenario.publish(activity).andWaitForStateChange(() -> auditActions(teacher).stream()
                .filter("QUESTIONNAIRE_ANSWERED"::equals).count(), n -> n >= 1)
            .andVerify(n -> assertThat(n).isEqualTo(1L));
    }
}
