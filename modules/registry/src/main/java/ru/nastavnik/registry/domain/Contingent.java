package ru.nastavnik.registry.domain;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The contingent of one organisation in one school year ({@code schoolYear} 2020 = 2020/21): the denominators of the
 * indicators. Young teachers are under 35 with under 3 years of experience.
 */
@AggregateRoot
@Table(schema = "registry", name = "contingent")
public class Contingent {

    @Id
    @Identity
    private final UUID id;
    private final UUID tenantId;
    private final UUID organizationId;
    private final int schoolYear;
    private int pupilsTotal;
    @Column("pupils_10_19")
    private int pupils10to19;
    @Column("pupils_15_19")
    private Integer pupils15to19;
    private int teachers;
    private int youngTeachers;
    @Version
    private Integer version;

    public Contingent(UUID id, UUID tenantId, UUID organizationId, int schoolYear, int pupilsTotal, int pupils10to19,
                      Integer pupils15to19, int teachers, int youngTeachers, Integer version) {
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.schoolYear = schoolYear;
        this.pupilsTotal = pupilsTotal;
        this.pupils10to19 = pupils10to19;
        this.pupils15to19 = pupils15to19;
        this.teachers = teachers;
        this.youngTeachers = youngTeachers;
        this.version = version;
    }

    /** The figures of a report; {@link #problems()} lists what is inconsistent, in Russian, by field. */
    public record Figures(int pupilsTotal, int pupils10to19, Integer pupils15to19, int teachers, int youngTeachers) {

        public java.util.Map<String, String> problems() {
            var p = new java.util.LinkedHashMap<String, String>();
            if (pupilsTotal < 0) {
                p.put("pupilsTotal", "Число обучающихся не может быть отрицательным");
            }
            if (pupils10to19 < 0) {
                p.put("pupils10to19", "Число обучающихся 10–19 лет не может быть отрицательным");
            } else if (pupils10to19 > pupilsTotal) {
                p.put("pupils10to19", "Обучающихся 10–19 лет (" + pupils10to19 + ") больше, чем обучающихся всего ("
                        + pupilsTotal + ")");
            }
            if (pupils15to19 != null && (pupils15to19 < 0 || pupils15to19 > pupils10to19)) {
                p.put("pupils15to19", "Обучающихся 15–19 лет должно быть от 0 до числа обучающихся 10–19 лет ("
                        + pupils10to19 + ")");
            }
            if (teachers < 0) {
                p.put("teachers", "Число педагогов не может быть отрицательным");
            }
            if (youngTeachers < 0) {
                p.put("youngTeachers", "Число молодых педагогов не может быть отрицательным");
            } else if (youngTeachers > teachers) {
                p.put("youngTeachers", "Молодых педагогов (" + youngTeachers + ") больше, чем педагогов всего ("
                        + teachers + ")");
            }
            return p;
        }
    }

    public static Contingent report(UUID tenantId, UUID organizationId, int schoolYear, Figures figures) {
        Contingent c = new Contingent(UUID.randomUUID(), tenantId, organizationId, schoolYear, 0, 0, null, 0, 0, null);
        c.replace(figures);
        return c;
    }

    /** Replaces the figures; returns whether they changed. */
    public boolean replace(Figures f) {
        if (!f.problems().isEmpty()) {
            throw new IllegalArgumentException(f.problems().values().iterator().next());
        }
        boolean changed = !f.equals(figures());
        pupilsTotal = f.pupilsTotal();
        pupils10to19 = f.pupils10to19();
        pupils15to19 = f.pupils15to19();
        teachers = f.teachers();
        youngTeachers = f.youngTeachers();
        return changed;
    }

    public Figures figures() {
        return new Figures(pupilsTotal, pupils10to19, pupils15to19, teachers, youngTeachers);
    }

    /** Share of young teachers among teachers, in percent; {@code null} without teachers. */
    public Double youngTeachersShare() {
        return teachers == 0 ? null : 100.0 * youngTeachers / teachers;
    }

    /** «2020/21». */
    public static String schoolYearLabel(int start) {
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }

    public UUID id() { return id; }
    public UUID tenantId() { return tenantId; }
    public UUID organizationId() { return organizationId; }
    public int schoolYear() { return schoolYear; }
    public int pupilsTotal() { return pupilsTotal; }
    public int pupils10to19() { return pupils10to19; }
    public Integer pupils15to19() { return pupils15to19; }
    public int teachers() { return teachers; }
    public int youngTeachers() { return youngTeachers; }
    public Integer version() { return version; }
}
