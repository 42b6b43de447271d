package ru.nastavnik.pairing.application;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ru.nastavnik.platform.AccessDeniedProblem;
import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.CurrentUsers;

/** Role-within-tenant rules: a school curator works within their organisation, the coordinator sees all. */
@Component
public class Access {

	private final CurrentUsers users;

	Access(CurrentUsers users) {
		this.users = users;
	}

	public CurrentUser user() {
		return users.require();
	}

	/** The organisation the user is limited to (school curator), empty for the coordinator. */
	public Optional<UUID> scope() {
		return user().organizationScope();
	}

	public void requireOrganization(UUID organizationId) {
		CurrentUser user = user();
		if (!user.mayAccessOrganization(organizationId)) {
			throw new AccessDeniedProblem("Куратор работает только с программами и участниками своей образовательной организации");
		}
	}

	public void requireCoordinator(String what) {
		if (!user().isCoordinator()) {
			throw new AccessDeniedProblem(what + " — только муниципальный координатор");
		}
	}
}
