package ru.nastavnik.platform.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.ApplicationModule;

import ru.nastavnik.platform.EventProgress;

/**
 * {@link EventProgress} from the publication table: the operation's publications are those whose stored text begins
 * with its correlation id ({@link PlatformEventSerializer}); {@code substr} of the first characters reads only the first
 * part of a large stored value, so the check costs the same for a chunk of 5,000 participants as for a small event.
 * The table holds only publications in flight or failed (completed ones are deleted), a few rows.
 */
public class JdbcEventProgress implements EventProgress {

	static final String PENDING = """
			select listener_id, count(*) as publications, count(*) filter (where status = 'FAILED') as failed
			from platform.event_publication
			where completion_date is null and substr(serialized_event, 1, ?) = ?
			group by listener_id""";

	private final JdbcTemplate jdbc;

	private final Map<String, String> moduleNames = new ConcurrentHashMap<>();

	public JdbcEventProgress(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Progress of(UUID correlationId) {
		String prefix = PlatformEventSerializer.correlationPrefix(correlationId);
		Map<String, int[]> byModule = new LinkedHashMap<>();
		jdbc.query(PENDING, rs -> {
			int[] counts = byModule.computeIfAbsent(module(rs.getString("listener_id")), k -> new int[2]);
			counts[0] += rs.getInt("publications");
			counts[1] += rs.getInt("failed");
		}, prefix.length(), prefix);
		List<Pending> pending = new ArrayList<>();
		byModule.forEach((module, counts) -> pending.add(new Pending(module, counts[0], counts[1])));
		pending.sort(java.util.Comparator.comparing(Pending::module));
		return new Progress(pending);
	}

	/**
	 * The display name of the module a listener belongs to ({@code @ApplicationModule(displayName)} of the module's
	 * base package, the package below the application's root), e.g. «Мониторинг» for
	 * {@code ru.nastavnik.monitoring.application.ProjectionListeners.on(…)}.
	 */
	String module(String listenerId) {
		String type = listenerId.contains("(") ? listenerId.substring(0, listenerId.indexOf('(')) : listenerId;
		String root = PlatformEventSerializer.class.getPackageName();
		root = root.substring(0, root.indexOf(".platform"));
		if (!type.startsWith(root + ".")) {
			return type;
		}
		int end = type.indexOf('.', root.length() + 1);
		String base = end < 0 ? type : type.substring(0, end);
		return moduleNames.computeIfAbsent(base, JdbcEventProgress::displayName);
	}

	private static String displayName(String basePackage) {
		try {
			Class<?> info = Class.forName(basePackage + ".package-info", false, JdbcEventProgress.class.getClassLoader());
			ApplicationModule module = info.getAnnotation(ApplicationModule.class);
			if (module != null && !module.displayName().isBlank()) {
				return module.displayName();
			}
		}
		catch (ClassNotFoundException e) {
			// a package without package-info: its name is all there is
		}
		return basePackage.substring(basePackage.lastIndexOf('.') + 1);
	}
}
