package ru.nastavnik.publication.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.publication.domain.CaseMaterial;
import ru.nastavnik.publication.domain.CaseMaterials;
import ru.nastavnik.publication.domain.Organization;
import ru.nastavnik.publication.domain.Organizations;
import ru.nastavnik.publication.domain.People;
import ru.nastavnik.publication.domain.Person;
import ru.nastavnik.publication.domain.PersonNameMatcher;
import ru.nastavnik.publication.domain.PlainText;
import ru.nastavnik.publication.domain.Publication;
import ru.nastavnik.publication.domain.Publications;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.ParticipantSnapshot;

/**
 * Keeps this module's projections of the registry (people, organisations) and pairing (case material), in the
 * current tenant, idempotently; and unpublishes, at once, everything naming a person whose publication consent is
 * gone (withdrawn, or the person anonymised).
 */
@Service
@Transactional
public class RegistryFacts {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RegistryFacts.class);

	static final String CONSENT_WITHDRAWN = "Отозвано согласие на публикацию сведений об участнике";

	static final String ANONYMISED = "Сведения об участнике удалены из реестра (обезличены)";

	private final People people;

	private final Organizations organizations;

	private final CaseMaterials materials;

	private final Publications publications;

	private final PublicationService service;

	RegistryFacts(People people, Organizations organizations, CaseMaterials materials, Publications publications,
			PublicationService service) {
		this.people = people;
		this.organizations = organizations;
		this.materials = materials;
		this.publications = publications;
		this.service = service;
	}

	/**
	 * Participants registered or changed (one, or a chunk of an import): their snapshots replace what was known, in one
	 * statement. Whoever lost the publication consent by it is unpublished.
	 */
	public void participants(List<ParticipantSnapshot> snapshots) {
		var lost = people.record(snapshots.stream().map(RegistryFacts::person).toList());
		for (Person before : lost) {
			unpublishEverythingNaming(before, CONSENT_WITHDRAWN);
		}
	}

	/** One participant registered or changed: {@link #participants(List)} of one. */
	public void participant(ParticipantSnapshot snapshot) {
		participants(List.of(snapshot));
	}

	/** A chunk of an import's events: applied once; a chunk delivered again changes nothing. */
	public void participants(UUID batchId, List<ParticipantSnapshot> snapshots) {
		long start = System.nanoTime();
		if (people.firstApplication(batchId)) {
			participants(snapshots);
		}
		log.debug("Chunk {}: {} people in {} ms", batchId, snapshots.size(), (System.nanoTime() - start) / 1_000_000);
	}

	private static Person person(ParticipantSnapshot s) {
		var name = s.name();
		return new Person(s.participantId(), s.organizationId(), name == null ? null : name.surname(),
				name == null ? null : name.name(), name == null ? null : name.patronymic(), s.minor(),
				s.roles() != null && s.roles().contains(ParticipantRole.MENTOR), s.positiveExperience(),
				s.publicationConsent(), s.active());
	}

	public void consentGiven(UUID participantId) {
		people.consent(participantId, true);
	}

	public List<Publication> consentWithdrawn(UUID participantId) {
		var person = people.byId(participantId);
		people.consent(participantId, false);
		return person.map(p -> unpublishEverythingNaming(p, CONSENT_WITHDRAWN)).orElseGet(List::of);
	}

	public List<Publication> anonymised(UUID participantId) {
		var person = people.byId(participantId);
		var withdrawn = person.map(p -> unpublishEverythingNaming(p, ANONYMISED)).orElseGet(List::of);
		people.erase(participantId);
		return withdrawn;
	}

	public void organization(UUID id, String name, String shortName) {
		organizations.record(new Organization(id, name, shortName));
	}

	public void pairCompleted(CaseMaterial material) {
		materials.record(material);
	}

	/** Every published item about the person (a best mentor's entry) or whose text names them. */
	List<Publication> unpublishEverythingNaming(Person person, String reason) {
		var naming = new LinkedHashMap<UUID, Publication>();
		for (Publication p : publications.publishedAbout(person.participantId())) {
			naming.put(p.id(), p);
		}
		if (person.named()) {
			Set<PersonNameMatcher.Name> name = Set.of(person.matcherName());
			for (Publication p : publications.published()) {
				if (!PersonNameMatcher.find(PlainText.of(p.searchableText()), name).isEmpty()) {
					naming.putIfAbsent(p.id(), p);
				}
			}
		}
		var withdrawn = new ArrayList<Publication>();
		for (Publication p : naming.values()) {
			withdrawn.add(service.withdraw(p, reason));
		}
		return withdrawn;
	}
}
