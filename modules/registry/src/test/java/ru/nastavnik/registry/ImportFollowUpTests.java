package ru.nastavnik.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.platform.tenancy.TenancyService;

/**
 * The import page and the import's JSON say, separately from the rows written, whether the other sections have handled
 * the import's events yet — read from the event publication registry, here with a listener of the test that fails once
 * and then waits until the test lets it finish.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ImportFollowUpTests {

    /**
     * Another module's listener as far as the registry can tell: for the test's municipality it fails first, then
     * works until released; other municipalities' chunks (the demo data) it handles at once.
     */
    public static class SlowSection {

        final java.util.concurrent.atomic.AtomicReference<String> tenant = new java.util.concurrent.atomic.AtomicReference<>();

        final AtomicBoolean fail = new AtomicBoolean(true);

        final CompletableFuture<Void> release = new CompletableFuture<>();

        public AtomicBoolean fail() {
            return fail;
        }

        public CompletableFuture<Void> release() {
            return release;
        }

        public java.util.concurrent.atomic.AtomicReference<String> tenant() {
            return tenant;
        }

        @ApplicationModuleListener
        public void on(ParticipantsRegistered chunk) throws Exception {
            if (!chunk.tenantId().value().toString().equals(tenant.get())) {
                return;
            }
            if (fail.get()) {
                throw new IllegalStateException("сбой для проверки");
            }
            release.get();
        }
    }

    @TestConfiguration
    static class Config {

        @Bean
        SlowSection slowSection() {
            return new SlowSection();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TenancyService tenancy;

    @Autowired
    SlowSection section;

    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void theImportSaysTheOtherSectionsAreCatchingUpUntilTheirListenersHaveCompleted() throws Exception {
        var support = new RegistryTestSupport(mvc, tenancy);
        String tenant = support.newTenant();
        support.organisation(tenant, "МБОУ СОШ №1");
        section.tenant().set(tenancy.bySlug(tenant).orElseThrow().id().value().toString());
        byte[] file = RegistryTestSupport.csv(List.of(RegistryTestSupport.pupil("Догонялкин", "МБОУ СОШ №1"),
                RegistryTestSupport.teacher("Успевайкина", "МБОУ СОШ №1")), ';', StandardCharsets.UTF_8);
        String done = support.upload(tenant, tenant, "список.csv", file).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(done, "$.id");
        // stored in the import's transaction: one chunk for the test's listener (ParticipantsImported has none here)
        assertThat(JsonPath.<Integer>read(done, "$.eventPublications")).isEqualTo(1);
        String api = "/api/" + tenant + "/registry/imports/" + id;
        String page = "/t/" + tenant + "/registry/imports/" + id;

        // the listener failed: the rows are written, the section is behind and will be retried
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> JsonPath.<Integer>read(body(api, tenant), "$.followUp.failed") == 1);
        String failed = body(api, tenant);
        assertThat(JsonPath.<String>read(failed, "$.status")).isEqualTo("DONE");
        assertThat(JsonPath.<Integer>read(failed, "$.created")).isEqualTo(2);
        assertThat(JsonPath.<Boolean>read(failed, "$.followUp.catchingUp")).isTrue();
        assertThat(JsonPath.<List<String>>read(failed, "$.followUp.sections"))
                .containsExactly("Реестр наставников и наставляемых");
        assertThat(JsonPath.<String>read(failed, "$.followUp.message"))
                .startsWith("Другие разделы ещё учитывают загрузку: Реестр наставников и наставляемых "
                        + "(пакетов событий обработано: 0 из 1).")
                .contains("прервалась сбоем; она будет повторена автоматически");

        // retried (as the platform does every few minutes), the listener now works: still catching up, no failure
        section.fail().set(false);
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof ParticipantsRegistered r
                && r.importId().toString().equals(id));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> JsonPath.<Integer>read(body(api, tenant), "$.followUp.failed") == 0);
        String working = body(page + "/status", tenant);
        assertThat(working).contains("Файл загружен.").contains("разделы обновляются")
                .contains("пары и показатели мониторинга не отражают этот файл")
                .contains("hx-get=\"/t/" + tenant + "/registry/imports/" + id + "/status\"");

        // the listener completes: the page says so and stops polling
        section.release().complete(null);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> !JsonPath.<Boolean>read(body(api, tenant), "$.followUp.catchingUp"));
        String caughtUp = body(page + "/status", tenant);
        assertThat(caughtUp).contains("разделы обновлены")
                .contains("Все разделы учли загрузку: пары, показатели мониторинга и публикации отражают этот файл "
                        + "(пакетов событий обработано: 1).")
                .doesNotContain("hx-get");
        assertThat(JsonPath.<Integer>read(body(api, tenant), "$.followUp.pending")).isZero();
    }

    String body(String path, String user) throws Exception {
        return mvc.perform(get(path).with(new RegistryTestSupport(mvc, tenancy).as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
