package ru.nastavnik.platform.events;

import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.StringJoiner;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.util.ClassUtils;

/**
 * Keeps the last error of an event listener that threw ({@code platform.event_failure}), so that the administrator's
 * view of incomplete publications ({@link FailedPublications}) says why each failed. Runs outside the listener's
 * transaction (just inside {@link TenantScopedListenerAspect}): the listener's own writes have already been rolled back
 * when the error is written, in a transaction of its own. The failure is keyed like Spring Modulith's registry keys the
 * publication — the listener id (Spring's default: qualified method name and parameter types) and the serialized
 * event — and the exception is rethrown, so Modulith marks the publication failed as before.
 */
@Aspect
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ListenerFailureRecorder {

	private static final Logger log = LoggerFactory.getLogger(ListenerFailureRecorder.class);

	private final JdbcTemplate jdbc;

	private final EventSerializer serializer;

	public ListenerFailureRecorder(JdbcTemplate jdbc, EventSerializer serializer) {
		this.jdbc = jdbc;
		this.serializer = serializer;
	}

	@Around("@annotation(org.springframework.modulith.events.ApplicationModuleListener) "
			+ "|| @annotation(org.springframework.transaction.event.TransactionalEventListener)")
	public Object recordFailure(ProceedingJoinPoint joinPoint) throws Throwable {
		try {
			return joinPoint.proceed();
		}
		catch (Throwable failure) {
			Object[] args = joinPoint.getArgs();
			if (args.length > 0 && args[0] != null) {
				record(listenerId(joinPoint), args[0], failure);
			}
			throw failure;
		}
	}

	private void record(String listenerId, Object event, Throwable failure) {
		try {
			String error = describe(failure);
			jdbc.update("""
					insert into platform.event_failure (listener_id, event_hash, event_type, error, failures, failed_at)
					values (?, md5(?), ?, ?, 1, ?)
					on conflict (listener_id, event_hash) do update
					set error = excluded.error, failed_at = excluded.failed_at,
					    failures = platform.event_failure.failures + 1""",
					listenerId, serializer.serialize(event).toString(), event.getClass().getName(), error,
					Timestamp.from(Instant.now()));
		}
		catch (RuntimeException e) {
			log.warn("Could not record the failure of listener {}: {}", listenerId, e.getMessage());
		}
	}

	/** Spring's default listener id, which Spring Modulith stores as the publication's {@code listener_id}. */
	static String listenerId(ProceedingJoinPoint joinPoint) {
		Method method = ((MethodSignature) joinPoint.getSignature()).getMethod();
		if (joinPoint.getTarget() != null) {
			method = AopUtils.getMostSpecificMethod(method, AopUtils.getTargetClass(joinPoint.getTarget()));
		}
		var parameters = new StringJoiner(",", "(", ")");
		for (Class<?> type : method.getParameterTypes()) {
			parameters.add(type.getName());
		}
		return ClassUtils.getQualifiedMethodName(method) + parameters;
	}

	private static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
		if (root != failure) {
			text += " (причина: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
		}
		return text.length() > 4000 ? text.substring(0, 4000) : text;
	}
}
