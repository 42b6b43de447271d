package ru.nastavnik.monitoring.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.ApplicationModuleListener;

/** The journal (de)serialises exactly the event types monitoring's listeners project — one list cannot drift from the other. */
class JdbcEventJournalTypesTest {

	@Test
	void theJournaledTypesAreTheTypesTheListenersReceive() throws Exception {
		Class<?> listeners = Class.forName("ru.nastavnik.monitoring.application.ProjectionListeners");
		var received = Arrays.stream(listeners.getDeclaredMethods())
			.filter(m -> m.isAnnotationPresent(ApplicationModuleListener.class))
			.map(m -> m.getParameterTypes()[0])
			.toList();
		assertThat(received).hasSize(18);
		assertThat(JdbcEventJournal.TYPES.values()).containsExactlyInAnyOrderElementsOf(received);
	}
}
