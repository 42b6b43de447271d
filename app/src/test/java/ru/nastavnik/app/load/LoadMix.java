package ru.nastavnik.app.load;

import java.util.List;
import java.util.Set;

import ru.nastavnik.app.load.LoadRunner.Kind;
import ru.nastavnik.app.load.LoadRunner.Prepared;
import ru.nastavnik.app.load.LoadRunner.Weighted;

/**
 * The request kinds of the load test and the mixes built from them. Reads: the participants list, the indicators,
 * the roadmap's due list, and for browsers two pages; writes: a registration, a roadmap mark (marking an occurrence
 * done with a document, or reopening one marked before) and a matching run.
 */
final class LoadMix {

	private static final Set<Integer> OK = Set.of(200);

	private final LoadRunner runner;

	LoadMix(LoadRunner runner) {
		this.runner = runner;
	}

	Kind me() {
		return new Kind("read: /api/me", false, u -> new Prepared(runner.get(u, "/api/me").build(), OK, null, null));
	}

	Kind participants() {
		return new Kind("read: participants list", false, u -> new Prepared(
				runner.get(u, "/api/" + u.tenant.slug + "/registry/participants?page=0&size=20").build(), OK, null, null));
	}

	Kind indicators() {
		return new Kind("read: indicators", false, u -> new Prepared(
				runner.get(u, "/api/" + u.tenant.slug + "/monitoring/indicators").build(), OK, null, null));
	}

	Kind roadmapDue() {
		return new Kind("read: roadmap due list", false, u -> new Prepared(
				runner.get(u, "/api/" + u.tenant.slug + "/roadmap/due").build(), Set.of(200, 204), null, null));
	}

	Kind homePage() {
		return new Kind("read: home page (HTML)", false, u -> new Prepared(
				runner.get(u, "/t/" + u.tenant.slug).build(), OK, null, null));
	}

	Kind registryPage() {
		return new Kind("read: registry page (HTML)", false, u -> new Prepared(
				runner.get(u, "/t/" + u.tenant.slug + "/registry").build(), OK, null, null));
	}

	Kind registration() {
		return new Kind("write: registration", true, u -> new Prepared(
				runner.post(u, "/api/" + u.tenant.slug + "/registry/participants", u.tenant.registrationJson()).build(),
				Set.of(201), null, null));
	}

	Kind roadmapMark() {
		return new Kind("write: roadmap mark", true, u -> {
			LoadTenant.Occurrence occurrence = u.tenant.occurrences.poll();
			if (occurrence == null) {
				throw new IllegalStateException("no occurrence free in " + u.tenant.slug);
			}
			String path = "/api/" + u.tenant.slug + "/roadmap/occurrences/" + occurrence.id
					+ (occurrence.done ? "/reopen" : "/complete");
			var request = runner.post(u, path, occurrence.done ? null : LoadTenant.MARK_DONE).build();
			return new Prepared(request, OK, () -> occurrence.done = !occurrence.done,
					() -> u.tenant.occurrences.add(occurrence));
		});
	}

	Kind matching() {
		return new Kind("write: matching run", true, u -> new Prepared(
				runner.post(u, "/api/" + u.tenant.slug + "/pairing/programmes/" + u.tenant.programme
						+ "/matching?form=teacher-teacher", null).build(), Set.of(200, 201), null, null));
	}

	/** The API clients' mix (tokens): 80 % reads, 20 % writes. */
	List<Weighted> api() {
		return List.of(new Weighted(participants(), 30), new Weighted(indicators(), 25), new Weighted(roadmapDue(), 25),
				new Weighted(registration(), 10), new Weighted(roadmapMark(), 7), new Weighted(matching(), 3));
	}

	/** The browsers' mix (sessions): pages and the pages' own API calls, the same writes. */
	List<Weighted> browser() {
		return List.of(new Weighted(homePage(), 15), new Weighted(registryPage(), 15), new Weighted(participants(), 20),
				new Weighted(indicators(), 15), new Weighted(roadmapDue(), 15), new Weighted(registration(), 10),
				new Weighted(roadmapMark(), 7), new Weighted(matching(), 3));
	}

	/** Reads only, for comparing ways of signing in. */
	List<Weighted> apiReads() {
		return List.of(new Weighted(me(), 25), new Weighted(participants(), 25), new Weighted(indicators(), 25),
				new Weighted(roadmapDue(), 25));
	}

	List<Weighted> meOnly() {
		return List.of(new Weighted(me(), 1));
	}
}
