package ru.nastavnik.registry.benchmark;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import ru.nastavnik.RegistryModuleTestApplication;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.db.DatabaseCoordinates;
import ru.nastavnik.platform.security.NastavnikPrincipal;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.QuietServer;
import ru.nastavnik.platform.test.TestUsers;
import ru.nastavnik.registry.application.ImportService;
import ru.nastavnik.registry.application.OrganizationService;
import ru.nastavnik.registry.domain.GeneratedParticipants;
import ru.nastavnik.registry.domain.ImportJob;
import ru.nastavnik.registry.domain.ImportStatus;
import ru.nastavnik.registry.domain.OrganizationKind;

/**
 * The registry's two performance targets, measured in one run of the module (platform + registry) on the embedded
 * PostgreSQL, each against a baseline of the same run:
 * <ol>
 * <li>import of 100,000 participant rows from a CSV file through {@link ImportService#importNow} (parse, validate,
 * upsert, consents, trainings, audit, events) into a fresh tenant, against a raw {@code COPY} of the same file into a
 * plain table with text columns ({@code CopyManager}, as the schema owner);</li>
 * <li>the first page of the participants list with a filter, at 50,000 participants in the tenant, over HTTP on
 * loopback with a signed-in session, against {@code /api/me} and the unfiltered first page; every list counts its
 * matches exactly (the page numbers of the register page need it), so the count over all 50,000 is in each figure.</li>
 * </ol>
 * Not a unit test (surefire skips {@code *Benchmark*}); run with
 * {@code ./mvnw -B -q -pl modules/registry -am verify -DskipTests -Dregistry-benchmark}.
 */
public final class RegistryBenchmark {

    static final int IMPORT_ROWS = 100_000;
    static final int LIST_ROWS = 50_000;
    static final int IMPORT_ROUNDS = 3;
    static final int WARM_UP_REQUESTS = 300;
    static final int MEASURED_REQUESTS = 1_000;

    private RegistryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = SpringApplication.run(RegistryModuleTestApplication.class,
                "--server.port=0", "--logging.level.root=WARN", "--logging.level.ru.nastavnik.registry.application.ImportService=INFO",
                "--logging.level.ru.nastavnik.registry.adapter.out.persistence.JdbcParticipantStore=DEBUG", "--spring.main.banner-mode=off");
        try {
            run(app);
        } finally {
            app.close();
        }
        System.exit(0);
    }

    /** Waits until no event publication is still in flight (failed ones do not count: nothing will handle them). */
    static void awaitEventsSettled(DatabaseCoordinates db) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2))
            .pollInterval(java.time.Duration.ofMillis(200))
            .until(() -> {
                try (Connection owner = DriverManager.getConnection(db.url(), db.ownerUsername(), db.ownerPassword());
                     Statement s = owner.createStatement();
                     var rs = s.executeQuery("select count(*) from platform.event_publication where completion_date is null"
                             + " and coalesce(status, 'PUBLISHED') <> 'FAILED'")) {
                    rs.next();
                    return rs.getInt(1) == 0;
                }
            });
    }

    static void run(ConfigurableApplicationContext app) throws Exception {
        TenancyService tenancy = app.getBean(TenancyService.class);
        ImportService imports = app.getBean(ImportService.class);
        OrganizationService organizations = app.getBean(OrganizationService.class);
        DatabaseCoordinates db = app.getBean(DatabaseCoordinates.class);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        awaitEventsSettled(db); // the product tenants' start-up events are handled before anything is measured
        if ("off".equals(System.getenv("REGISTRY_BENCHMARK_PARTICIPANT_POLICIES"))) {
            // the baseline of issue 14's participant policies: the same run without them (staff see no difference)
            try (Connection owner = DriverManager.getConnection(db.url(), db.ownerUsername(), db.ownerPassword());
                 Statement s = owner.createStatement();
                 var policies = owner.createStatement().executeQuery("select schemaname, tablename, policyname from pg_policies "
                         + "where schemaname = 'registry' and policyname like 'participant_%'")) {
                int dropped = 0;
                while (policies.next()) {
                    s.execute("drop policy " + policies.getString(3) + " on " + policies.getString(1) + "." + policies.getString(2));
                    dropped++;
                }
                System.out.println("Participant policies dropped for the baseline: " + dropped);
            }
        }

        byte[] csv = GeneratedParticipants.csv(IMPORT_ROWS, StandardCharsets.UTF_8).readAllBytes();
        byte[] listCsv = GeneratedParticipants.csv(LIST_ROWS, StandardCharsets.UTF_8).readAllBytes();
        System.out.printf(Locale.ROOT, "Java %s, %d CPUs, max heap %d MiB; CSV %.1f MiB, %d rows%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, csv.length / 1048576.0, IMPORT_ROWS);

        try (Connection owner = DriverManager.getConnection(db.url(), db.ownerUsername(), db.ownerPassword());
             Statement s = owner.createStatement()) {
            s.execute("create schema if not exists bench");
            StringBuilder columns = new StringBuilder();
            for (int i = 1; i <= 19; i++) {
                columns.append(i == 1 ? "" : ", ").append("c").append(i).append(" text");
            }
            s.execute("create table if not exists bench.copy_rows (" + columns + ")");
        }

        if (!"list".equals(System.getenv("REGISTRY_BENCHMARK_ONLY"))) { // REGISTRY_BENCHMARK_ONLY=list: part (b) alone
            // ---------------------------------------------------------------- (a) import vs COPY
            double[] copy = new double[IMPORT_ROUNDS];
            double[] imported = new double[IMPORT_ROUNDS];
            double[][] floor = new double[IMPORT_ROUNDS][];
            for (int r = -1; r < IMPORT_ROUNDS; r++) { // round -1 warms up
                final int round = r;
                copy[Math.max(round, 0)] = copy(db, csv);
                String slug = "bench" + (round + 2);
                signIn(tenancy, slug);
                TenantId tenant = tenancy.bySlug(slug).orElseThrow().id();
                ImportJob job = TenantContext.get(tenant, () -> {
                    registerOrganisations(organizations);
                    try {
                        Path file = Files.createTempFile("bench", ".csv");
                        Files.write(file, csv);
                        QuietServer.await(db);
                        long start = System.nanoTime();
                        ImportJob j = imports.importNow(new ImportService.Upload("bench.csv", file));
                        imported[Math.max(0, round)] = (System.nanoTime() - start) / 1e9;
                        return j;
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
                if (job.status() != ImportStatus.DONE || job.created() != IMPORT_ROWS) {
                    throw new IllegalStateException("import failed: " + job.status() + " " + job.message() + " "
                            + job.errors().stream().limit(5).toList());
                }
                System.out.printf(Locale.ROOT, "round %d: COPY %.2f s, import %.2f s (created %d)%n", round,
                        copy[Math.max(round, 0)], imported[Math.max(0, round)], job.created());
                // the database's part alone: the rows this import wrote, already typed, inserted again by the
                // application role into a fresh tenant
                String floorSlug = "benchfloor" + (round + 2);
                signIn(tenancy, floorSlug);
                TenantId floorTenant = tenancy.bySlug(floorSlug).orElseThrow().id();
                TenantContext.run(floorTenant, () -> registerOrganisations(organizations));
                QuietServer.await(db);
                floor[Math.max(round, 0)] = floor(db, tenant, floorTenant);
                double[] f = floor[Math.max(round, 0)];
                System.out.printf(Locale.ROOT, "    floor: participants %.2f s, consents %.2f s, trainings %.2f s, "
                        + "audit %.2f s, total %.2f s (%.1f× the COPY); import/floor this round %.2f%n", f[0], f[1],
                        f[2], f[3], f[4], f[4] / copy[Math.max(round, 0)], imported[Math.max(0, round)] / f[4]);
            }
            double c = median(copy);
            double i = median(imported);
            System.out.printf(Locale.ROOT, "    load average %.1f%n", loadAverage());
        System.out.printf(Locale.ROOT, "(a) 100,000 rows: COPY median %.2f s (%,.0f rows/s), import median %.2f s "
                    + "(%,.0f rows/s), ratio import/COPY %.2f%n", c, IMPORT_ROWS / c, i, IMPORT_ROWS / i, i / c);
            double[] floorTotal = new double[IMPORT_ROUNDS];
            double[] floorParticipants = new double[IMPORT_ROUNDS];
            double[] roundRatios = new double[IMPORT_ROUNDS];
            for (int r = 0; r < IMPORT_ROUNDS; r++) {
                floorTotal[r] = floor[r][4];
                floorParticipants[r] = floor[r][0];
                roundRatios[r] = imported[r] / floor[r][4];
            }
            System.out.printf(Locale.ROOT, "    import/floor per round %s, median %.2f%n",
                    java.util.Arrays.toString(roundRatios), median(roundRatios));
            System.out.printf(Locale.ROOT, "    floor (typed rows, bare INSERT … SELECT, no validation, no events): "
                    + "median %.2f s, ratio floor/COPY %.2f; the participants table alone %.2f s, ratio %.2f; "
                    + "ratio import/floor %.2f%n", median(floorTotal), median(floorTotal) / c, median(floorParticipants),
                    median(floorParticipants) / c, i / median(floorTotal));
            // a re-import of the same file (every row unchanged)
            {
                TenantId tenant = tenancy.bySlug("bench2").orElseThrow().id();
                signIn(tenancy, "bench2");
                double again = TenantContext.get(tenant, () -> {
                    try {
                        Path file = Files.createTempFile("bench", ".csv");
                        Files.write(file, csv);
                        QuietServer.await(db);
                        long start = System.nanoTime();
                        ImportJob j = imports.importNow(new ImportService.Upload("bench.csv", file));
                        if (j.unchanged() != IMPORT_ROWS) {
                            throw new IllegalStateException("re-import changed rows: " + j.created() + "/" + j.updated());
                        }
                        return (System.nanoTime() - start) / 1e9;
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
                System.out.printf(Locale.ROOT, "    re-import of the same file (100,000 unchanged): %.2f s, ratio %.2f%n",
                        again, again / c);
            }
        }

        if ("import".equals(System.getenv("REGISTRY_BENCHMARK_ONLY"))) {
            return; // REGISTRY_BENCHMARK_ONLY=import: part (a) alone
        }
        // ---------------------------------------------------------------- (b) list at 50,000 participants
        String slug = "benchlist";
        signIn(tenancy, slug);
        TenantId listTenant = tenancy.bySlug(slug).orElseThrow().id();
        TenantContext.run(listTenant, () -> {
            registerOrganisations(organizations);
            try {
                Path file = Files.createTempFile("bench", ".csv");
                Files.write(file, listCsv);
                ImportJob j = imports.importNow(new ImportService.Upload("list.csv", file));
                if (j.created() != LIST_ROWS) {
                    throw new IllegalStateException("list import: " + j.status() + " " + j.message());
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        // what autovacuum does shortly after a bulk load: statistics and the visibility map (index-only counts). A
        // VACUUM marks a page all-visible only if no transaction still open might not see its rows; one that ran
        // while some other transaction was open leaves the map empty, the counts then scan the table (seen: 17 of 3,144
        // pages), so it is repeated until the map covers the tables, as autovacuum's next rounds would
        try (Connection owner = DriverManager.getConnection(db.url(), db.ownerUsername(), db.ownerPassword());
             Statement s = owner.createStatement()) {
            double[] visible = new double[2];
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2))
                    .pollInterval(java.time.Duration.ofSeconds(1)).until(() -> {
                        s.execute("vacuum analyze registry.participant");
                        s.execute("vacuum analyze registry.consent");
                        try (var rs = s.executeQuery("select relname, relallvisible::float / greatest(relpages, 1) "
                                + "from pg_class where relnamespace = 'registry'::regnamespace "
                                + "and relname in ('participant', 'consent') order by relname")) {
                            for (int k = 0; rs.next(); k++) {
                                visible[k] = rs.getDouble(2);
                            }
                        }
                        return visible[0] > 0.99 && visible[1] > 0.99;
                    });
            System.out.printf(Locale.ROOT, "    after VACUUM ANALYZE: all-visible pages %.1f %% (consent), %.1f %% "
                    + "(participant)%n", visible[0] * 100, visible[1] * 100);
        }
        String school = TenantContext.get(listTenant, () -> organizations.list().stream()
                .filter(o -> o.shortName().equals("МБОУ СОШ №1")).findFirst().orElseThrow().id().toString());
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://127.0.0.1:" + port;
        login(http, base, slug, "bench-secret");
        String api = base + "/api/" + slug + "/registry/participants";
        List<String[]> scenarios = List.of(
                new String[] { "baseline GET /api/me", base + "/api/me" },
                new String[] { "baseline first page, no filter", api },
                new String[] { "filter category=TEACHER", api + "?category=TEACHER" },
                new String[] { "filter organisation + role=MENTOR", api + "?organizationId=" + school + "&role=MENTOR" },
                new String[] { "filter search=«петров» (name prefix)", api + "?search="
                        + URLEncoder.encode("петров", StandardCharsets.UTF_8) },
                new String[] { "filter youngTeacher=true", api + "?youngTeacher=true" },
                new String[] { "filter active=true (consent flag)", api + "?active=true" },
                new String[] { "page 2,000 of 2,500, no filter", api + "?page=1999" },
                new String[] { "register page (HTML, exact count, pager)", base + "/t/" + slug + "/registry" });
        for (String[] sc : scenarios) {
            measure(http, sc[0], sc[1], 2);
        }
        System.out.printf(Locale.ROOT, "(b) 50,000 participants in the tenant, page of 20, sequential requests on "
                + "loopback (load average %.1f):%n", loadAverage());
        for (String[] sc : scenarios) {
            double[] ms = measure(http, sc[0], sc[1], MEASURED_REQUESTS);
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "    %-40s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms%n", sc[0],
                    ms[ms.length / 2], ms[(int) (ms.length * 0.95)], ms[(int) (ms.length * 0.99)]);
        }
        System.out.printf(Locale.ROOT, "    load average after the requests: %.1f%n", loadAverage());
        countCost(app, listTenant);
    }

    /** The machine's load average over the last minute (the figures are compared within a run: it is shared). */
    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * (b′) What the exact count costs: the list's count query alone, as the application role in the tenant's scope,
     * exact (now) against the former count capped at 1,020 rows, alternating, in the same run.
     */
    static void countCost(ConfigurableApplicationContext app, TenantId tenant) {
        var jdbc = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        var tx = new org.springframework.transaction.support.TransactionTemplate(
                app.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        String active = " and (p.status = 'ACTIVE' and not p.anonymised and p.processing_consent)";
        List<String[]> filters = List.of(new String[] { "no filter", "" },
                new String[] { "category=TEACHER", " and p.category = 'TEACHER'" },
                new String[] { "active=true", active });
        // the plans the «активные» filter gets: its exact count and its first page in name order
        for (String sql : List.of("select count(*) from registry.participant p where p.tenant_id = ?" + active,
                "select p.id from registry.participant p where p.tenant_id = ?" + active
                        + " order by p.search_key, p.id limit 20")) {
            System.out.println("    explain (analyze, buffers) " + sql);
            TenantContext.run(tenant, () -> tx.executeWithoutResult(t -> jdbc.queryForList(
                    "explain (analyze, buffers, costs off) " + sql, String.class, tenant.value())
                    .forEach(line -> System.out.println("      " + line))));
        }
        System.out.println("(b′) the count query alone, 300 runs each, alternating: exact vs the former cap of 1,020 rows");
        for (String[] f : filters) {
            String where = " from registry.participant p where p.tenant_id = ?" + f[1];
            String exact = "select count(*)" + where;
            String capped = "select count(*) from (select 1" + where + " limit 1020) x";
            double[][] ms = new double[2][300];
            for (int k = -30; k < 300; k++) {
                for (int q = 0; q < 2; q++) {
                    String sql = q == 0 ? exact : capped;
                    long start = System.nanoTime();
                    TenantContext.run(tenant, () -> tx.executeWithoutResult(t -> jdbc.queryForObject(sql, Long.class,
                            tenant.value())));
                    if (k >= 0) {
                        ms[q][k] = (System.nanoTime() - start) / 1e6;
                    }
                }
            }
            Arrays.sort(ms[0]);
            Arrays.sort(ms[1]);
            System.out.printf(Locale.ROOT, "    %-18s exact p50 %6.2f ms p95 %6.2f ms | capped p50 %6.2f ms p95 %6.2f ms%n",
                    f[0], ms[0][150], ms[0][285], ms[1][150], ms[1][285]);
        }
    }

    /** A fresh tenant with its coordinator (password «bench-secret»), signed in on this thread. */
    static void signIn(TenancyService tenancy, String slug) {
        if (tenancy.bySlug(slug).isEmpty()) {
            TestUsers.newTenantWithCoordinator(tenancy, slug, "Бенчмарк " + slug, "bench-secret");
        }
        var principal = new NastavnikPrincipal(TestUsers.currentUser(tenancy, slug), "n/a", true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    static void registerOrganisations(OrganizationService organizations) {
        for (String name : List.of("МБОУ СОШ №1", "МБОУ «Гимназия №2»", "ГБПОУ Сасовский колледж")) {
            if (organizations.list().stream().noneMatch(o -> o.shortName().equals(name))) {
                organizations.register(new OrganizationService.OrganizationCommand("Учреждение " + name, name,
                        name.contains("колледж") ? OrganizationKind.COLLEGE : OrganizationKind.SCHOOL));
            }
        }
    }

    /**
     * What the database must do for an import whatever the application does, measured on the rows an import has just
     * written into {@code source}: those rows, already parsed, validated and typed (a plain copy in {@code bench}
     * made beforehand, not timed), inserted by the application role under row-level security into the tenant
     * {@code target} — participants (new ids, same order), their processing consents, trainings and one audit entry
     * each — with bare {@code INSERT … SELECT}s in one committed transaction. Seconds: participants, consents,
     * trainings, audit, total.
     */
    static double[] floor(DatabaseCoordinates db, TenantId source, TenantId target) throws Exception {
        try (Connection owner = DriverManager.getConnection(db.url(), db.ownerUsername(), db.ownerPassword());
             Statement s = owner.createStatement()) {
            owner.setAutoCommit(false);
            s.execute("select set_config('app.tenant_ids', '" + source.value() + "," + target.value() + "', true)");
            s.execute("drop table if exists bench.typed");
            // new ids: the source's time-ordered ids with another first digit (same order, no collision)
            s.execute("create table bench.typed as select ('f' || substr(p.id::text, 2))::uuid as new_id, "
                    + "o2.id as organization_id, replace(p.natural_key, p.organization_id::text, o2.id::text) as natural_key, "
                    + "p.search_key, p.category, p.surname, p.name, p.patronymic, p.birth_date, p.birth_year, p.grade, "
                    + "p.class_letter, p.pedagogical_start, p.company, p.email, p.phone, p.mentor, p.mentee, "
                    + "p.competencies, p.capacity, p.requests, p.joined_on, c.given_on, c.by_legal_representative, "
                    + "c.representative_name, t.completed_on as trained_on "
                    + "from registry.participant p join registry.organization o on o.id = p.organization_id "
                    + "join registry.organization o2 on o2.tenant_id = '" + target.value() + "' "
                    + "and o2.short_name_key = o.short_name_key "
                    + "join registry.consent c on c.participant_id = p.id and c.purpose = 'PROCESSING' "
                    + "left join registry.training t on t.participant_id = p.id "
                    + "where p.tenant_id = '" + source.value() + "' order by p.id");
            s.execute("grant select on bench.typed to " + db.appUsername());
            s.execute("grant usage on schema bench to " + db.appUsername());
            owner.commit();
            owner.setAutoCommit(true);
            s.execute("vacuum analyze bench.typed");
        }
        String[] statements = {
            "insert into registry.participant (id, tenant_id, organization_id, natural_key, search_key, category, "
                + "surname, name, patronymic, birth_date, birth_year, grade, class_letter, pedagogical_start, company, "
                + "email, phone, mentor, mentee, competencies, capacity, requests, processing_consent, joined_on) "
                + "select new_id, platform.current_tenant_id(), organization_id, natural_key, search_key, category, "
                + "surname, name, patronymic, birth_date, birth_year, grade, class_letter, pedagogical_start, company, "
                + "email, phone, mentor, mentee, competencies, capacity, requests, true, joined_on from bench.typed",
            "insert into registry.consent (id, tenant_id, participant_id, purpose, given_on, by_legal_representative, "
                + "representative_name) select gen_random_uuid(), platform.current_tenant_id(), new_id, 'PROCESSING', "
                + "given_on, by_legal_representative, representative_name from bench.typed",
            "insert into registry.training (id, tenant_id, participant_id, title, completed_on) select gen_random_uuid(), "
                + "platform.current_tenant_id(), new_id, 'Обучение наставников', trained_on from bench.typed "
                + "where trained_on is not null",
            "insert into registry.audit_entry (id, tenant_id, account_id, username, action, participant_id, details) "
                + "select gen_random_uuid(), platform.current_tenant_id(), null, 'bench', 'CREATED', new_id, 'импорт' "
                + "from bench.typed" };
        double[] seconds = new double[statements.length + 1];
        try (Connection app = DriverManager.getConnection(db.url(), db.appUsername(), db.appPassword());
             Statement s = app.createStatement()) {
            app.setAutoCommit(false);
            long start = System.nanoTime();
            s.execute("select set_config('app.tenant_id', '" + target.value() + "', true), "
                    + "set_config('app.tenant_ids', '" + target.value() + "', true)");
            for (int k = 0; k < statements.length; k++) {
                long t = System.nanoTime();
                int n = s.executeUpdate(statements[k]);
                seconds[k] = (System.nanoTime() - t) / 1e9;
                if (k == 0 && n != IMPORT_ROWS) {
                    throw new IllegalStateException("floor wrote " + n + " participants");
                }
            }
            app.commit();
            seconds[statements.length] = (System.nanoTime() - start) / 1e9;
        }
        return seconds;
    }

    /** COPY of the file into the plain table, truncated first; seconds. */
    static double copy(DatabaseCoordinates db, byte[] csv) throws Exception {
        try (Connection owner = DriverManager.getConnection(db.url(), db.ownerUsername(), db.ownerPassword())) {
            try (Statement s = owner.createStatement()) {
                s.execute("truncate bench.copy_rows");
            }
            owner.setAutoCommit(false);
            long start = System.nanoTime();
            long n = owner.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy bench.copy_rows from stdin with (format csv, delimiter ';', header true, encoding 'UTF8')",
                    new ByteArrayInputStream(csv));
            owner.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (n != IMPORT_ROWS) {
                throw new IllegalStateException("COPY wrote " + n);
            }
            return seconds;
        }
    }

    static void login(HttpClient http, String base, String username, String password) throws Exception {
        String form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String body = "username=" + username + "&password=" + password + "&_csrf=" + m.group(1);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.headers().map());
        }
    }

    static double[] measure(HttpClient http, String name, String url, int n) throws Exception {
        // a page as a browser asks for it, the API as a client does
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", url.contains("/api/") ? "application/json" : "text/html").build();
        double[] ms = new double[n];
        for (int k = 0; k < WARM_UP_REQUESTS / 10 + n; k++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            double t = (System.nanoTime() - start) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(name + ": HTTP " + r.statusCode() + " " + new String(r.body()));
            }
            if (k >= WARM_UP_REQUESTS / 10) {
                ms[k - WARM_UP_REQUESTS / 10] = t;
            }
        }
        return ms;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
