package ru.nastavnik.platform.security;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Hourly clean-up of the security tables: sign-in failure counts whose window and lock have passed, and token audit
 * entries past their retention. Both are idempotent deletes, so several instances running it at once delete each row
 * once and leave the same table behind.
 */
public class SecurityMaintenance {

	private static final Logger log = LoggerFactory.getLogger(SecurityMaintenance.class);

	/** How long the audit log keeps a token use. */
	static final Duration AUDIT_RETENTION = Duration.ofDays(365);

	private final LoginThrottle throttle;

	private final ApiTokenAudit audit;

	SecurityMaintenance(LoginThrottle throttle, ApiTokenAudit audit) {
		this.throttle = throttle;
		this.audit = audit;
	}

	@Scheduled(fixedDelayString = "${nastavnik.security.maintenance-interval:PT1H}",
			initialDelayString = "${nastavnik.security.maintenance-interval:PT1H}")
	public void cleanUp() {
		int attempts = throttle.forgetStale();
		int uses = audit.forgetOlderThan(AUDIT_RETENTION);
		if (attempts + uses > 0) {
			log.info("Security clean-up: {} stale sign-in count(s), {} token use(s) past retention", attempts, uses);
		}
	}
}
