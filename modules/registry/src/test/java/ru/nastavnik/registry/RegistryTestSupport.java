package ru.nastavnik.registry;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.TestUsers;
import ru.nastavnik.registry.domain.ImportColumn;

/** Fresh tenants (without demo data) with a coordinator, organisations and participant files, for the module tests. */
public final class RegistryTestSupport {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final MockMvc mvc;
    private final TenancyService tenancy;

    public RegistryTestSupport(MockMvc mvc, TenancyService tenancy) {
        this.mvc = mvc;
        this.tenancy = tenancy;
    }

    /** A new municipality with its coordinator (username = slug); no demo data. */
    public String newTenant() {
        String slug = "reg" + System.nanoTime() % 1_000_000_000 + "x" + SEQ.incrementAndGet();
        TestUsers.newTenantWithCoordinator(tenancy, slug, "Тестовый район " + slug, "secret");
        return slug;
    }

    public RequestPostProcessor as(String username) {
        return TestUsers.as(tenancy, username);
    }

    public UUID organisation(String tenant, String shortName) throws Exception {
        String body = mvc.perform(post("/api/" + tenant + "/registry/organizations").with(as(tenant)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Муниципальное бюджетное общеобразовательное учреждение " + shortName.replace("\"", "\\\"")
                        + "\",\"shortName\":\"" + shortName.replace("\"", "\\\"") + "\",\"kind\":\"SCHOOL\"}"))
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    public ResultActions upload(String tenant, String user, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/" + tenant + "/registry/imports")
                .file(new MockMultipartFile("file", fileName, "text/csv", content)).with(as(user)).with(csrf()));
    }

    /** A participant file as CSV: the template header, then the rows, each a map of column to cell. */
    public static byte[] csv(List<Map<ImportColumn, String>> rows, char delimiter, Charset charset) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(String.valueOf(delimiter), ImportColumn.headers())).append("\r\n");
        for (Map<ImportColumn, String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (ImportColumn c : ImportColumn.values()) {
                String v = row.getOrDefault(c, "");
                cells.add(v.indexOf(delimiter) >= 0 || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            sb.append(String.join(String.valueOf(delimiter), cells)).append("\r\n");
        }
        return sb.toString().getBytes(charset);
    }

    /** {@code n} pupils of one school, «Петров-а», «Петров-б», … */
    public static List<Map<ImportColumn, String>> pupils(int n, String school) {
        List<Map<ImportColumn, String>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(pupil("Петров-" + ru.nastavnik.registry.domain.ImportFixtures.letters(i), school));
        }
        return rows;
    }

    public static Map<ImportColumn, String> pupil(String surname, String school) {
        var m = new java.util.EnumMap<ImportColumn, String>(ImportColumn.class);
        m.put(ImportColumn.SURNAME, surname);
        m.put(ImportColumn.NAME, "Семён");
        m.put(ImportColumn.PATRONYMIC, "Игоревич");
        m.put(ImportColumn.CATEGORY, "обучающийся");
        m.put(ImportColumn.BIRTH_DATE, "12.05.2012");
        m.put(ImportColumn.SCHOOL_CLASS, "7Б");
        m.put(ImportColumn.ORGANISATION, school);
        m.put(ImportColumn.ROLE, "наставляемый");
        m.put(ImportColumn.MENTEE_REQUESTS, "математика, подготовка к олимпиаде");
        m.put(ImportColumn.CONSENT_DATE, "01.09.2024");
        m.put(ImportColumn.CONSENT_GIVER, "законный представитель");
        m.put(ImportColumn.LEGAL_REPRESENTATIVE, "Петрова Ольга Николаевна");
        return m;
    }

    public static Map<ImportColumn, String> teacher(String surname, String school) {
        var m = new java.util.EnumMap<ImportColumn, String>(ImportColumn.class);
        m.put(ImportColumn.SURNAME, surname);
        m.put(ImportColumn.NAME, "Алёна");
        m.put(ImportColumn.PATRONYMIC, "Викторовна");
        m.put(ImportColumn.CATEGORY, "педагог");
        m.put(ImportColumn.BIRTH_DATE, "03.02.1998");
        m.put(ImportColumn.ORGANISATION, school);
        m.put(ImportColumn.PEDAGOGICAL_START, "01.09.2025");
        m.put(ImportColumn.ROLE, "наставник и наставляемый");
        m.put(ImportColumn.MENTOR_COMPETENCIES, "русский язык; литература");
        m.put(ImportColumn.MENTOR_CAPACITY, "2");
        m.put(ImportColumn.MENTEE_REQUESTS, "классное руководство");
        m.put(ImportColumn.CONSENT_DATE, "28.08.2025");
        m.put(ImportColumn.CONSENT_GIVER, "сам");
        m.put(ImportColumn.EMAIL, "teacher@example.ru");
        m.put(ImportColumn.PHONE, "8 (912) 345-67-89");
        return m;
    }

    public static Map<ImportColumn, String> employer(String surname, String school) {
        var m = new java.util.EnumMap<ImportColumn, String>(ImportColumn.class);
        m.put(ImportColumn.SURNAME, surname);
        m.put(ImportColumn.NAME, "Илья");
        m.put(ImportColumn.PATRONYMIC, "Петрович");
        m.put(ImportColumn.CATEGORY, "представитель работодателя");
        m.put(ImportColumn.BIRTH_DATE, "20.07.1980");
        m.put(ImportColumn.ORGANISATION, school);
        m.put(ImportColumn.COMPANY, "АО «Сасовский завод»");
        m.put(ImportColumn.ROLE, "наставник");
        m.put(ImportColumn.MENTOR_COMPETENCIES, "инженерное дело, профориентация");
        m.put(ImportColumn.MENTOR_CAPACITY, "5");
        m.put(ImportColumn.MENTOR_TRAINING, "15.03.2025");
        m.put(ImportColumn.CONSENT_DATE, "01.02.2025");
        m.put(ImportColumn.CONSENT_GIVER, "сам");
        return m;
    }
}
