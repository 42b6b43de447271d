package ru.nastavnik.platform;

import java.util.List;

/** Implemented by a module (a bean) to plug its pages into the shell's navigation and home pages. */
public interface NavigationContributor {

	List<NavigationItem> navigation();
}
