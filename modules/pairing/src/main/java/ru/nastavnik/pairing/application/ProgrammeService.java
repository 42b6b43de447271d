package ru.nastavnik.pairing.application;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.pairing.ProgrammeClosed;
import ru.nastavnik.pairing.ProgrammeOpened;
import ru.nastavnik.pairing.domain.Candidate;
import ru.nastavnik.pairing.domain.CandidateProjection;
import ru.nastavnik.pairing.domain.FormRepository;
import ru.nastavnik.pairing.domain.MentorshipForm;
import ru.nastavnik.pairing.domain.Organization;
import ru.nastavnik.pairing.domain.Programme;
import ru.nastavnik.pairing.domain.ProgrammeRepository;
import ru.nastavnik.pairing.domain.TenantSettings;
import ru.nastavnik.pairing.domain.TenantSettingsRepository;
import ru.nastavnik.pairing.domain.matching.Category;
import ru.nastavnik.pairing.domain.matching.FormRules;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.platform.TenantContext;

/** Programmes, forms of mentorship, the tenant's settings and the candidates as the curator sees them. */
@Service
@Transactional
public class ProgrammeService {

	private final ProgrammeRepository programmes;

	private final FormRepository forms;

	private final TenantSettingsRepository settings;

	private final CandidateProjection candidates;

	private final Access access;

	private final ApplicationEventPublisher events;

	ProgrammeService(ProgrammeRepository programmes, FormRepository forms, TenantSettingsRepository settings,
			CandidateProjection candidates, Access access, ApplicationEventPublisher events) {
		this.programmes = programmes;
		this.forms = forms;
		this.settings = settings;
		this.candidates = candidates;
		this.access = access;
		this.events = events;
	}

	public record NewProgramme(UUID organizationId, String title, List<String> formCodes, LocalDate startsOn,
			LocalDate endsOn, String goals, String curatorName) {
	}

	public record NewForm(String code, String name, Set<Category> mentorCategories, Set<Category> menteeCategories,
			Boolean mentorMustBeSenior, List<String> roleVariants) {
	}

	@Transactional(readOnly = true)
	public List<Programme> programmes() {
		return access.scope().map(programmes::findByOrganizationIdOrderByCreatedAtDesc)
			.orElseGet(programmes::findAllByOrderByCreatedAtDesc);
	}

	@Transactional(readOnly = true)
	public Programme programme(UUID id) {
		Programme p = programmes.findById(id).orElseThrow(() -> new NotFoundProblem("Программа наставничества не найдена"));
		access.requireOrganization(p.organizationId());
		return p;
	}

	public Programme open(NewProgramme request) {
		UUID organization = access.scope().orElse(request.organizationId());
		if (organization != null) {
			access.requireOrganization(organization);
		}
		if (request.formCodes() != null) {
			for (String code : request.formCodes()) {
				if (forms.findByCode(code).isEmpty()) {
					throw BusinessRuleProblem.invalid("formCodes", "Нет формы наставничества «" + code + "»");
				}
			}
		}
		Programme p = Programme.open(organization, request.title(), request.formCodes(), request.startsOn(),
				request.endsOn(), request.goals(), request.curatorName());
		programmes.save(p);
		events.publishEvent(opened(p));
		return p;
	}

	public record ProgrammeChange(String title, LocalDate startsOn, LocalDate endsOn, String goals, String curatorName) {
	}

	public Programme change(UUID id, ProgrammeChange request) {
		Programme p = programme(id);
		p.change(request.title(), request.startsOn(), request.endsOn(), request.goals(), request.curatorName());
		return programmes.save(p);
	}

	/** The weights of the fit, percent: requests × competencies, questionnaire compatibility, same organisation. */
	public record WeightsChange(Integer requests, Integer compatibility, Integer sameOrganisation) {
	}

	/** Changes the programme's weights of the fit; whoever may change the programme may change them. */
	public Programme changeWeights(UUID id, WeightsChange request) {
		Programme p = programme(id);
		p.changeWeights(request.requests(), request.compatibility(), request.sameOrganisation());
		return programmes.save(p);
	}

	public Programme close(UUID id, LocalDate on) {
		Programme p = programme(id);
		p.close();
		programmes.save(p);
		events.publishEvent(new ProgrammeClosed(TenantContext.require(), p.id(), p.organizationId(),
				on == null ? LocalDate.now() : on));
		return p;
	}

	static ProgrammeOpened opened(Programme p) {
		return new ProgrammeOpened(TenantContext.require(), p.id(), p.organizationId(), p.title(), Set.copyOf(p.formCodes()),
				p.startsOn(), p.endsOn());
	}

	@Transactional(readOnly = true)
	public List<MentorshipForm> forms() {
		return forms.findAllByOrderByMethodologyDescCodeAsc();
	}

	@Transactional(readOnly = true)
	public MentorshipForm form(String code) {
		return forms.findByCode(code).orElseThrow(() -> new NotFoundProblem("Форма наставничества «" + code + "» не найдена"));
	}

	/** The names of forms given by their codes, in the same order (a code no longer known stays as it is). */
	@Transactional(readOnly = true)
	public List<String> formNames(List<String> codes) {
		var names = new java.util.HashMap<String, String>();
		forms().forEach(f -> names.put(f.code(), f.name()));
		return codes.stream().map(c -> names.getOrDefault(c, c)).toList();
	}

	public MentorshipForm addForm(NewForm request) {
		access.requireCoordinator("Добавлять формы наставничества может");
		if (request.code() == null || !request.code().matches("[a-z0-9-]{2,60}")) {
			throw BusinessRuleProblem.invalid("code", "Код формы: от 2 до 60 латинских строчных букв, цифр или дефисов");
		}
		if (forms.findByCode(request.code()).isPresent()) {
			throw BusinessRuleProblem.conflict("code", "Форма с кодом «" + request.code() + "» уже есть");
		}
		FormRules rules;
		try {
			rules = new FormRules(request.code(), request.name() == null ? "" : request.name().strip(),
					request.mentorCategories() == null ? Set.of() : request.mentorCategories(),
					request.menteeCategories() == null ? Set.of() : request.menteeCategories(), Boolean.TRUE.equals(request.mentorMustBeSenior()),
					false);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw BusinessRuleProblem.invalid("mentorCategories", "Форма должна допускать хотя бы одну категорию наставников и наставляемых");
		}
		if (rules.name().isBlank()) {
			throw BusinessRuleProblem.invalid("name", "Укажите название формы");
		}
		return forms.save(MentorshipForm.of(rules, request.roleVariants() == null ? List.of() : request.roleVariants(), false));
	}

	@Transactional(readOnly = true)
	public TenantSettings settings() {
		return settings.findById(TenantContext.require().value())
			.orElseGet(() -> TenantSettings.defaults(TenantContext.require().value()));
	}

	public TenantSettings requireTrainedMentors(boolean value) {
		access.requireCoordinator("Менять настройки подбора пар может");
		TenantSettings s = settings();
		s.requireTrainedMentors(value);
		return settings.save(s);
	}

	@Transactional(readOnly = true)
	public List<Candidate> candidates() {
		return candidates.all(access.scope());
	}

	@Transactional(readOnly = true)
	public Candidate candidate(UUID id) {
		Candidate c = candidates.find(id).filter(x -> x.category() != null)
			.orElseThrow(() -> new NotFoundProblem("Участник не найден среди кандидатов"));
		access.requireOrganization(c.organizationId());
		return c;
	}

	/**
	 * The candidates of a programme as the curator sees them: everyone of the programme's organisation, and the mentors
	 * of cross-organisation categories (students, employers' representatives) when one of its forms admits them.
	 */
	@Transactional(readOnly = true)
	public List<Candidate> candidatesOf(UUID programmeId) {
		Programme p = programme(programmeId);
		Set<String> cross = new java.util.HashSet<>();
		for (String code : p.formCodes()) {
			forms.findByCode(code).ifPresent(f -> f.rules(false).mentorCategories().stream()
				.filter(crossOrganisation()::contains).forEach(c -> cross.add(c.name())));
		}
		var own = candidates.all(java.util.Optional.of(p.organizationId()));
		if (cross.isEmpty()) {
			return own;
		}
		var result = new java.util.ArrayList<>(own);
		candidates.all(java.util.Optional.empty()).stream()
			.filter(c -> c.mentor() && cross.contains(c.category()) && !p.organizationId().equals(c.organizationId()))
			.forEach(result::add);
		return result;
	}

	/** Candidates by id (for names on pages and in documents), whatever their organisation. */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, Candidate> people(java.util.Collection<UUID> ids) {
		return candidates.byIds(ids);
	}

	@Transactional(readOnly = true)
	public List<Organization> organizations() {
		var all = candidates.organizations();
		return access.scope().map(own -> all.stream().filter(o -> o.id().equals(own)).toList()).orElse(all);
	}

	@Transactional(readOnly = true)
	public String organizationName(UUID id) {
		return candidates.findOrganization(id).map(Organization::title).orElse("Организация");
	}

	static Set<Category> crossOrganisation() {
		return EnumSet.of(Category.STUDENT, Category.EMPLOYER_REPRESENTATIVE);
	}
}
