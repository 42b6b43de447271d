package ru.nastavnik.platform.security;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.AbstractMessageSource;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.platform.ParticipantActivity;
import ru.nastavnik.platform.TenantContext;

/**
 * Every successful sign-in of a participant account (form or HTTP Basic) is published as a
 * {@link ParticipantActivity} of kind {@code SIGNED_IN}, in a transaction of the participant's tenant, so that the
 * event publication registry keeps it until the registry has written the audit entry (decision 0010).
 */
public class ParticipantSignIns {

	private final ApplicationEventPublisher events;

	private TransactionTemplate transactions;

	ParticipantSignIns(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Autowired
	void setTransactionManager(PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@EventListener
	public void signedIn(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof NastavnikPrincipal principal)
				|| !principal.user().isParticipant() || principal.user().participantId() == null) {
			return;
		}
		var user = principal.user();
		String details = user.representative() ? "вход законного представителя" : "вход участника";
		TenantContext.run(user.tenantId(), () -> transactions.executeWithoutResult(
				status -> events.publishEvent(ParticipantActivity.of(user, ParticipantActivity.Kind.SIGNED_IN, details))));
	}

	/** Russian texts for the account-status refusals of the sign-in (a disabled participant account). */
	static MessageSource russianAccountStatusMessages() {
		String disabled = "Учётная запись отключена: вход по ней невозможен. Обратитесь к куратору образовательной организации";
		var texts = java.util.Map.of("AbstractUserDetailsAuthenticationProvider.disabled", disabled,
				"AccountStatusUserDetailsChecker.disabled", disabled,
				"AbstractUserDetailsAuthenticationProvider.badCredentials", "Неверное имя пользователя или пароль");
		return new AbstractMessageSource() {
			@Override
			protected MessageFormat resolveCode(String code, Locale locale) {
				String text = texts.get(code);
				return text == null ? null : new MessageFormat(text, locale);
			}
		};
	}
}
