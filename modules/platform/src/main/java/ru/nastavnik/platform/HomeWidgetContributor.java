package ru.nastavnik.platform;

import java.util.Optional;

/** Implemented by a module (a bean) to show a block on the signed-in user's home page. */
public interface HomeWidgetContributor {

	/** Called inside the user's tenant scope; empty when the module has nothing to show this user. */
	Optional<HomeWidget> widget(CurrentUser user);
}
