package ru.nastavnik.platform;

import java.util.Optional;

/** Gives the business modules the signed-in user without tying them to Spring Security. */
public interface CurrentUsers {

	Optional<CurrentUser> current();

	/** The signed-in user; fails with 401 semantics when there is none. */
	default CurrentUser require() {
		return current().orElseThrow(() -> new AccessDeniedProblem("Требуется вход в систему"));
	}
}
