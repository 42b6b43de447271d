package ru.nastavnik.platform;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The tenant(s) the current thread works for. The transaction manager copies it into the transaction-local
 * PostgreSQL settings {@code app.tenant_id} / {@code app.tenant_ids} at the start of every transaction, and the
 * row-level-security policies of every business table filter on them. No tenant set means: no tenant row visible.
 * <p>
 * A {@linkplain Scope#single(TenantId) single tenant} may read and write its rows; a
 * {@linkplain Scope#readOnly(Collection) read-only set} (a regional ministry's municipalities) may only read.
 */
public final class TenantContext {

	private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

	private TenantContext() {
	}

	/**
	 * @param writable    the tenant that may be written, or {@code null}
	 * @param readable    the tenants that may be read
	 * @param participant for a participant's request: the one participant whose rows the participant policies let
	 *                    through (decision 0010), else {@code null}
	 */
	public record Scope(TenantId writable, Set<TenantId> readable, java.util.UUID participant) {

		public Scope {
			readable = Set.copyOf(readable);
		}

		public Scope(TenantId writable, Set<TenantId> readable) {
			this(writable, readable, null);
		}

		public static Scope single(TenantId tenant) {
			return new Scope(tenant, Set.of(tenant));
		}

		/** One tenant, narrowed to one participant's rows by the participant policies of row-level security. */
		public static Scope participant(TenantId tenant, java.util.UUID participant) {
			return new Scope(tenant, Set.of(tenant), java.util.Objects.requireNonNull(participant));
		}

		public static Scope readOnly(Collection<TenantId> tenants) {
			return new Scope(null, Set.copyOf(tenants));
		}
	}

	public static Optional<Scope> scope() {
		return Optional.ofNullable(CURRENT.get());
	}

	/** The participant the thread is narrowed to (a participant's request), if any. */
	public static Optional<java.util.UUID> participant() {
		return scope().map(Scope::participant);
	}

	/** The tenant the thread may write for, if any. */
	public static Optional<TenantId> current() {
		return scope().map(Scope::writable);
	}

	/** The tenant the thread works for; fails when none is set (a programming error, not a user error). */
	public static TenantId require() {
		return current().orElseThrow(() -> new IllegalStateException("No tenant in context"));
	}

	public static void run(TenantId tenant, Runnable action) {
		call(Scope.single(tenant), () -> {
			action.run();
			return null;
		});
	}

	public static <T> T get(TenantId tenant, Supplier<T> action) {
		return call(Scope.single(tenant), action::get);
	}

	public static <T> T readAcross(Collection<TenantId> tenants, Supplier<T> action) {
		return call(Scope.readOnly(List.copyOf(tenants)), action::get);
	}

	public static <T> T call(Scope scope, Callable<T> action) {
		Scope previous = CURRENT.get();
		CURRENT.set(scope);
		try {
			return action.call();
		}
		catch (RuntimeException e) {
			throw e;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		finally {
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		}
	}

	/** For filters that open a scope for a whole request; pair with {@link #clear()}. */
	public static void set(Scope scope) {
		CURRENT.set(scope);
	}

	public static void clear() {
		CURRENT.remove();
	}
}
