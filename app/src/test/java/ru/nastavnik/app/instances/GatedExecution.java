package ru.nastavnik.app.instances;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskDecorator;

/**
 * Given to one instance only: a {@link TaskDecorator} (Spring Boot applies it to the application's task executor, which
 * runs the asynchronous event listeners) that holds every task while the gate is closed. A test closes the gate, lets
 * a business transaction commit — its event publications are stored, its listeners' tasks are held — and then stops
 * the instance: the held tasks are interrupted and dropped, as when the process dies between commit and listener.
 */
public class GatedExecution {

	private static volatile CountDownLatch gate;

	/** Listener tasks held at the closed gate so far. */
	public static final AtomicInteger HELD = new AtomicInteger();

	/** Whether the held tasks were dropped rather than released. */
	private static volatile boolean crashed;

	public static void close() {
		HELD.set(0);
		crashed = false;
		gate = new CountDownLatch(1);
	}

	/** Drops every held task for good (should the executor not have interrupted them when the instance stopped). */
	public static void crash() {
		crashed = true;
		open();
	}

	public static void open() {
		CountDownLatch closed = gate;
		gate = null;
		if (closed != null) {
			closed.countDown();
		}
	}

	@Bean
	TaskDecorator gatedTaskDecorator() {
		return task -> () -> {
			CountDownLatch closed = gate;
			if (closed != null) {
				HELD.incrementAndGet();
				try {
					closed.await();
				}
				catch (InterruptedException e) {
					// the instance is going down: the task never runs, as if the process had died
					Thread.currentThread().interrupt();
					return;
				}
				if (crashed) {
					return;
				}
			}
			task.run();
		};
	}
}
