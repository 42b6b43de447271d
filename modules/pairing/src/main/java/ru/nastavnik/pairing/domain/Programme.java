package ru.nastavnik.pairing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.BusinessRuleProblem.FieldError;

/** A mentorship programme of an organisation: its forms, period, goals and curator. */
@Table(schema = "pairing", name = "programme")
public class Programme {

	@Id
	private UUID id;

	private UUID organizationId;

	private String title;

	private List<String> formCodes;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private String goals;

	private String curatorName;

	private ProgrammeStatus status;

	private Instant createdAt;

	@Version
	private Integer version;

	Programme() {
	}

	public static Programme open(UUID organizationId, String title, List<String> formCodes, LocalDate startsOn,
			LocalDate endsOn, String goals, String curatorName) {
		var errors = new ArrayList<FieldError>();
		if (organizationId == null) {
			errors.add(new FieldError("organizationId", "Укажите образовательную организацию"));
		}
		if (title == null || title.isBlank()) {
			errors.add(new FieldError("title", "Укажите название программы"));
		}
		if (formCodes == null || formCodes.isEmpty()) {
			errors.add(new FieldError("formCodes", "Выберите хотя бы одну форму наставничества"));
		}
		if (startsOn == null || endsOn == null) {
			errors.add(new FieldError("startsOn", "Укажите срок реализации программы"));
		}
		else if (endsOn.isBefore(startsOn)) {
			errors.add(new FieldError("endsOn", "Окончание программы раньше её начала"));
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Проверьте данные программы", errors);
		}
		var p = new Programme();
		p.id = UUID.randomUUID();
		p.organizationId = organizationId;
		p.title = title.strip();
		p.formCodes = List.copyOf(formCodes);
		p.startsOn = startsOn;
		p.endsOn = endsOn;
		p.goals = goals;
		p.curatorName = curatorName;
		p.status = ProgrammeStatus.OPEN;
		p.createdAt = Instant.now();
		return p;
	}

	/** Changes what the curator may change while the programme is open: title, period, goals, curator. */
	public void change(String newTitle, LocalDate newStartsOn, LocalDate newEndsOn, String newGoals, String newCuratorName) {
		requireOpen();
		var errors = new ArrayList<FieldError>();
		if (newTitle == null || newTitle.isBlank()) {
			errors.add(new FieldError("title", "Укажите название программы"));
		}
		if (newStartsOn == null || newEndsOn == null) {
			errors.add(new FieldError("startsOn", "Укажите срок реализации программы"));
		}
		else if (newEndsOn.isBefore(newStartsOn)) {
			errors.add(new FieldError("endsOn", "Окончание программы раньше её начала"));
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Проверьте данные программы", errors);
		}
		title = newTitle.strip();
		startsOn = newStartsOn;
		endsOn = newEndsOn;
		goals = newGoals;
		curatorName = newCuratorName;
	}

	public void close() {
		if (status == ProgrammeStatus.CLOSED) {
			throw BusinessRuleProblem.conflict("status", "Программа «" + title + "» уже завершена");
		}
		status = ProgrammeStatus.CLOSED;
	}

	public void requireOpen() {
		if (status != ProgrammeStatus.OPEN) {
			throw BusinessRuleProblem.conflict("status", "Программа «" + title + "» завершена: подбор пар и приказы недоступны");
		}
	}

	public void requireForm(String formCode) {
		if (!formCodes.contains(formCode)) {
			throw BusinessRuleProblem.invalid("formCode", "Форма «" + formCode + "» не входит в программу «" + title + "»");
		}
	}

	public UUID id() {
		return id;
	}

	public UUID organizationId() {
		return organizationId;
	}

	public String title() {
		return title;
	}

	public List<String> formCodes() {
		return formCodes;
	}

	public LocalDate startsOn() {
		return startsOn;
	}

	public LocalDate endsOn() {
		return endsOn;
	}

	public String goals() {
		return goals;
	}

	public String curatorName() {
		return curatorName;
	}

	public ProgrammeStatus status() {
		return status;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
