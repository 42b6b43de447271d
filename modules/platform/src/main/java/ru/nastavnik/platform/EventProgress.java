package ru.nastavnik.platform;

import java.util.List;
import java.util.UUID;

/**
 * How far the listeners of an operation's events ({@link CorrelatedEvent}s with one correlation id) have got: the event
 * publications still in flight, by the module whose listener has yet to handle them. Read from the event publication
 * registry itself (completed publications are deleted there), so «nothing pending» means every listener has
 * committed its handling.
 */
public interface EventProgress {

	/** The publications of the operation's events that no listener has completed yet (none: every listener is done). */
	Progress of(UUID correlationId);

	/**
	 * @param module       the display name of the listening module (e.g. «Мониторинг»)
	 * @param publications its publications still in flight (being handled, waiting, or failed)
	 * @param failed       of those, the ones whose listener failed: resubmitted every few minutes
	 */
	record Pending(String module, int publications, int failed) {
	}

	record Progress(List<Pending> pending) {

		public static final Progress DONE = new Progress(List.of());

		public Progress {
			pending = List.copyOf(pending);
		}

		public int publications() {
			return pending.stream().mapToInt(Pending::publications).sum();
		}

		public int failed() {
			return pending.stream().mapToInt(Pending::failed).sum();
		}

		public boolean done() {
			return pending.isEmpty();
		}

		/** The modules still catching up, in a stable order. */
		public List<String> modules() {
			return pending.stream().map(Pending::module).toList();
		}
	}
}
