package ru.nastavnik.pairing.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.ProgrammeOpened;
import ru.nastavnik.pairing.domain.CandidateProjection;
import ru.nastavnik.pairing.domain.FormRepository;
import ru.nastavnik.pairing.domain.MentorshipForm;
import ru.nastavnik.pairing.domain.Organization;
import ru.nastavnik.pairing.domain.Programme;
import ru.nastavnik.pairing.domain.ProgrammeRepository;
import ru.nastavnik.pairing.domain.Question;
import ru.nastavnik.pairing.domain.QuestionRepository;
import ru.nastavnik.pairing.domain.TenantSettings;
import ru.nastavnik.pairing.domain.TenantSettingsRepository;
import ru.nastavnik.pairing.domain.TenantMutex;
import ru.nastavnik.platform.PlatformSettings;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantCreated;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.registry.OrganizationChanged;
import ru.nastavnik.registry.OrganizationRegistered;

/**
 * What every tenant gets (the methodology's five forms, Sasovo's учитель–ученик, the default questionnaire, settings)
 * and, on the demo instance, one programme per tenant for the first school the registry announces (its candidates
 * are whatever the registry's demo participants are). All idempotent.
 */
@Component
class PairingSetup {

	static final String SASOVO = "sasovo";

	private final FormRepository forms;

	private final QuestionRepository questions;

	private final TenantSettingsRepository settings;

	private final ProgrammeRepository programmes;

	private final CandidateProjection projection;

	private final PlatformSettings platform;

	private final TenantDirectory tenants;

	private final ApplicationEventPublisher events;

	private final TenantMutex mutex;

	PairingSetup(FormRepository forms, QuestionRepository questions, TenantSettingsRepository settings,
			ProgrammeRepository programmes, CandidateProjection projection, PlatformSettings platform,
			TenantDirectory tenants, ApplicationEventPublisher events, TenantMutex mutex) {
		this.mutex = mutex;
		this.forms = forms;
		this.questions = questions;
		this.settings = settings;
		this.programmes = programmes;
		this.projection = projection;
		this.platform = platform;
		this.tenants = tenants;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(TenantCreated event) {
		if (settings.findById(event.tenantId().value()).isEmpty()) {
			settings.save(TenantSettings.defaults(event.tenantId().value()));
		}
		var wanted = new java.util.ArrayList<>(MentorshipForm.methodologyDefaults());
		if (SASOVO.equals(event.slug())) {
			wanted.add(MentorshipForm.teacherPupil());
		}
		for (MentorshipForm form : wanted) {
			if (forms.findByCode(form.code()).isEmpty()) {
				forms.save(form);
			}
		}
		if (questions.count() == 0) {
			questions.saveAll(Question.defaults());
		}
	}

	@ApplicationModuleListener
	void on(OrganizationRegistered event) {
		projection.organization(new Organization(event.organizationId(), event.name(), event.shortName(), event.kind()));
		if (platform.demo()) {
			// one demo programme per tenant, for the first school announced; the registry announces its schools in one
			// transaction, so their listeners may run at once: the check and the insert are serialised per tenant
			mutex.lock("demo-programme");
			if (programmes.count() == 0) {
				openDemoProgramme(event.organizationId(), event.shortName() == null ? event.name() : event.shortName());
			}
		}
	}

	@ApplicationModuleListener
	void on(OrganizationChanged event) {
		projection.organization(new Organization(event.organizationId(), event.name(), event.shortName(), event.kind()));
	}

	private void openDemoProgramme(UUID organizationId, String organizationName) {
		boolean sasovo = tenants.byId(TenantContext.require()).map(t -> SASOVO.equals(t.slug())).orElse(false);
		LocalDate today = LocalDate.now();
		int year = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
		var programme = Programme.open(organizationId,
				"Программа наставничества " + organizationName + " на " + year + "/" + (year + 1) + " учебный год",
				sasovo ? List.of("teacher-pupil", "teacher-teacher") : List.of("pupil-pupil", "teacher-teacher"),
				LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 5, 31),
				"Повышение успеваемости и вовлечённости обучающихся; адаптация молодых специалистов", null);
		programmes.save(programme);
		events.publishEvent(ProgrammeService.opened(programme));
	}
}
