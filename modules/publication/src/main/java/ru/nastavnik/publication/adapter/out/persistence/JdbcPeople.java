package ru.nastavnik.publication.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.publication.domain.Attachment;
import ru.nastavnik.publication.domain.Attachments;
import ru.nastavnik.publication.domain.CaseMaterial;
import ru.nastavnik.publication.domain.CaseMaterials;
import ru.nastavnik.publication.domain.FileType;
import ru.nastavnik.publication.domain.Organization;
import ru.nastavnik.publication.domain.Organizations;
import ru.nastavnik.publication.domain.People;
import ru.nastavnik.publication.domain.Person;
import ru.nastavnik.publication.domain.PersonNameMatcher;

/** Plain JDBC adapter of the projection of the registry's participants: upserts by id (an event may arrive twice); row-level security limits it to the tenant. */
@Repository
class JdbcPeople implements People {

	private final JdbcClient jdbc;

	JdbcPeople(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Person> record(List<Person> people) {
		if (people.isEmpty()) {
			return List.of();
		}
		int n = people.size();
		var ids = new UUID[n];
		var orgs = new UUID[n];
		var surnames = new String[n];
		var names = new String[n];
		var patronymics = new String[n];
		var minors = new Boolean[n];
		var mentors = new Boolean[n];
		var positive = new Boolean[n];
		var consents = new Boolean[n];
		var active = new Boolean[n];
		Set<UUID> withoutConsent = new HashSet<>();
		for (int i = 0; i < n; i++) {
			Person p = people.get(i);
			ids[i] = p.participantId();
			orgs[i] = p.organizationId();
			surnames[i] = p.surname();
			names[i] = p.name();
			patronymics[i] = p.patronymic();
			minors[i] = p.minor();
			mentors[i] = p.mentor();
			positive[i] = p.positiveExperience();
			consents[i] = p.publicationConsent();
			active[i] = p.active();
			if (!p.publicationConsent()) {
				withoutConsent.add(p.participantId());
			}
		}
		// who had the consent before: those of them whose new state has none lose it
		List<Person> lost = jdbc.sql("select * from publication.person where participant_id = any(:ids) and publication_consent")
			.param("ids", ids)
			.query(JdbcPeople::person)
			.list()
			.stream()
			.filter(p -> withoutConsent.contains(p.participantId()))
			.toList();
		jdbc.sql("""
				insert into publication.person (tenant_id, participant_id, organization_id, surname, name, patronymic,
				  minor, mentor, positive_experience, publication_consent, active)
				select :tenant, p.* from unnest(:ids::uuid[], :orgs::uuid[], :surnames::text[], :names::text[],
				  :patronymics::text[], :minors::boolean[], :mentors::boolean[], :positive::boolean[], :consents::boolean[],
				  :active::boolean[])
				  as p(participant_id, organization_id, surname, name, patronymic, minor, mentor, positive_experience,
				       publication_consent, active)
				on conflict (participant_id) do update set organization_id = excluded.organization_id,
				  surname = excluded.surname, name = excluded.name, patronymic = excluded.patronymic,
				  minor = excluded.minor, mentor = excluded.mentor, positive_experience = excluded.positive_experience,
				  publication_consent = excluded.publication_consent, active = excluded.active""")
			.param("tenant", TenantContext.require().value())
			.param("ids", ids)
			.param("orgs", orgs)
			.param("surnames", surnames)
			.param("names", names)
			.param("patronymics", patronymics)
			.param("minors", minors)
			.param("mentors", mentors)
			.param("positive", positive)
			.param("consents", consents)
			.param("active", active)
			.update();
		return lost;
	}

	@Override
	public boolean firstApplication(UUID batchId) {
		return jdbc.sql("insert into publication.applied_batch (batch_id, tenant_id) values (?, ?) on conflict do nothing")
			.params(batchId, TenantContext.require().value())
			.update() == 1;
	}

	@Override
	public Optional<Person> byId(UUID participantId) {
		return jdbc.sql("select * from publication.person where participant_id = ?").param(participantId)
			.query(JdbcPeople::person).optional();
	}

	@Override
	public List<PersonNameMatcher.Name> minors() {
		return jdbc.sql("select participant_id, surname, name from publication.person where minor and surname is not null")
			.query((rs, i) -> new PersonNameMatcher.Name(rs.getObject("participant_id", UUID.class),
					rs.getString("surname"), rs.getString("name")))
			.list();
	}

	@Override
	public List<Person> publishable() {
		return jdbc.sql("""
				select * from publication.person where not minor and publication_consent and surname is not null
				order by positive_experience desc, mentor desc, surname, name""")
			.query(JdbcPeople::person).list();
	}

	@Override
	public void consent(UUID participantId, boolean publicationConsent) {
		jdbc.sql("""
				insert into publication.person (tenant_id, participant_id, publication_consent) values (:tenant, :id, :consent)
				on conflict (participant_id) do update set publication_consent = excluded.publication_consent""")
			.param("tenant", TenantContext.require().value())
			.param("id", participantId)
			.param("consent", publicationConsent)
			.update();
	}

	@Override
	public void erase(UUID participantId) {
		jdbc.sql("""
				update publication.person set surname = null, name = null, patronymic = null, publication_consent = false
				where participant_id = ?""").param(participantId).update();
	}

	private static Person person(ResultSet rs, int row) throws SQLException {
		return new Person(rs.getObject("participant_id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("surname"), rs.getString("name"), rs.getString("patronymic"), rs.getBoolean("minor"),
				rs.getBoolean("mentor"), rs.getBoolean("positive_experience"), rs.getBoolean("publication_consent"),
				rs.getBoolean("active"));
	}
}
