package ru.nastavnik.platform.security;

import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;

import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.CurrentUsers;

/** {@link CurrentUsers} from the Spring Security context. */
class SecurityCurrentUsers implements CurrentUsers {

	@Override
	public Optional<CurrentUser> current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof NastavnikPrincipal principal) {
			return Optional.of(principal.user());
		}
		return Optional.empty();
	}
}
