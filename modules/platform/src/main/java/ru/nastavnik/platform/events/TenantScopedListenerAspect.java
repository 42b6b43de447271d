package ru.nastavnik.platform.events;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantScopedEvent;

/**
 * Runs every event listener that receives a {@link TenantScopedEvent} inside that event's tenant, so that its
 * transaction (begun inside this advice: highest precedence, before the transaction interceptor) sees exactly that
 * tenant's rows. Listeners are asynchronous ({@code @ApplicationModuleListener}); the thread's previous scope is
 * restored afterwards.
 */
@Aspect
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TenantScopedListenerAspect {

	@Around("(@annotation(org.springframework.modulith.events.ApplicationModuleListener) "
			+ "|| @annotation(org.springframework.transaction.event.TransactionalEventListener) "
			+ "|| @annotation(org.springframework.context.event.EventListener)))")
	public Object inTenant(ProceedingJoinPoint joinPoint) throws Throwable {
		Object[] args = joinPoint.getArgs();
		if (args.length == 0 || !(args[0] instanceof TenantScopedEvent scoped) || scoped.tenantId() == null) {
			return joinPoint.proceed();
		}
		var previous = TenantContext.scope();
		TenantContext.set(TenantContext.Scope.single(scoped.tenantId()));
		try {
			return joinPoint.proceed();
		}
		finally {
			previous.ifPresentOrElse(TenantContext::set, TenantContext::clear);
		}
	}
}
