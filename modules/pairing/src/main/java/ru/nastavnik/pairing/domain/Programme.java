package ru.nastavnik.pairing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import ru.nastavnik.pairing.domain.matching.Weights;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.BusinessRuleProblem.FieldError;

/** A mentorship programme of an organisation: its forms, period, goals and curator. */
@Table(schema = "pairing", name = "programme")
public class Programme {

	/** Default weights of a new programme, percent: the documented 50 / 35 / 15 of {@link Weights#DEFAULT}. */
	public static final int DEFAULT_REQUESTS = 50;

	public static final int DEFAULT_COMPATIBILITY = 35;

	public static final int DEFAULT_SAME_ORG = 15;

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

	/** Weight of requests × competencies in the fit, percent. */
	private int weightRequests = DEFAULT_REQUESTS;

	/** Weight of the questionnaire compatibility in the fit, percent. */
	private int weightCompatibility = DEFAULT_COMPATIBILITY;

	/** Weight of the same organisation in the fit, percent. */
	private int weightSameOrg = DEFAULT_SAME_ORG;

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

	/**
	 * Sets the weights of the fit's three parts, in whole percent: each from 0 to 100, together exactly 100 (so at
	 * least one is positive). Only while the programme is open, like its other data.
	 */
	public void changeWeights(Integer requests, Integer compatibility, Integer sameOrganisation) {
		requireOpen("веса критериев подбора");
		var errors = weightErrors(requests, compatibility, sameOrganisation);
		if (!errors.isEmpty()) {
			throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Проверьте веса критериев подбора", errors);
		}
		weightRequests = requests;
		weightCompatibility = compatibility;
		weightSameOrg = sameOrganisation;
	}

	/**
	 * What is wrong with these weights, field by field ({@code requests}, {@code compatibility},
	 * {@code sameOrganisation}; {@code weights} for their sum); empty when they are valid.
	 */
	public static List<FieldError> weightErrors(Integer requests, Integer compatibility, Integer sameOrganisation) {
		var errors = new ArrayList<FieldError>();
		checkWeight(errors, "requests", "запросы и компетенции", requests);
		checkWeight(errors, "compatibility", "совместимость по анкете", compatibility);
		checkWeight(errors, "sameOrganisation", "одна организация", sameOrganisation);
		if (errors.isEmpty()) {
			int sum = requests + compatibility + sameOrganisation;
			if (sum == 0) {
				errors.add(new FieldError("weights", "Все веса равны нулю: хотя бы один критерий должен иметь вес больше 0 %"));
			}
			else if (sum != 100) {
				errors.add(new FieldError("weights", "Сумма весов должна быть равна 100 %, сейчас " + sum + " %"));
			}
		}
		return errors;
	}

	private static void checkWeight(List<FieldError> errors, String field, String title, Integer value) {
		if (value == null) {
			errors.add(new FieldError(field, "Укажите вес критерия «" + title + "» (целое число от 0 до 100)"));
		}
		else if (value < 0) {
			errors.add(new FieldError(field, "Вес критерия «" + title + "» не может быть отрицательным: " + value));
		}
		else if (value > 100) {
			errors.add(new FieldError(field, "Вес критерия «" + title + "» не может быть больше 100 %: " + value));
		}
	}

	/** The weights matching uses for this programme. */
	public Weights fitWeights() {
		return new Weights(weightRequests / 100.0, weightCompatibility / 100.0, weightSameOrg / 100.0);
	}

	public int weightRequests() {
		return weightRequests;
	}

	public int weightCompatibility() {
		return weightCompatibility;
	}

	public int weightSameOrg() {
		return weightSameOrg;
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

	private void requireOpen(String what) {
		if (status != ProgrammeStatus.OPEN) {
			throw BusinessRuleProblem.conflict("status", "Программа «" + title + "» завершена: " + what + " менять нельзя");
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
