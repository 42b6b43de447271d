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

	/**
	 * The organisation the user is limited to (school curator), empty for the coordinator. A participant account is
	 * no staff and is refused here, so that no staff use case serves it even if a path let it through.
	 */
	public Optional<UUID> scope() {
		CurrentUser user = user();
		if (user.isParticipant()) {
			throw new AccessDeniedProblem("Участнику доступны только его собственные сведения");
		}
		return user.organizationScope();
	}

	/** The participant the signed-in participant account is bound to; 403 for everybody else. */
	public UUID ownParticipant() {
		return user().participantScope().orElseThrow(
				() -> new AccessDeniedProblem("Раздел только для участников программ наставничества"));
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
