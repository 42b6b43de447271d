package ru.nastavnik.platform.test;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContext;

/** What a module test's application context holds, for the tests that prove a module boots alone. */
public final class ModuleContexts {

	/** The business modules of the application, by their base package under {@code ru.nastavnik}. */
	public static final List<String> BUSINESS_MODULES = List.of("roadmap", "registry", "pairing", "monitoring",
			"publication");

	private ModuleContexts() {
	}

	/**
	 * The types of the beans in {@code context} that belong to a business module other than {@code module}: empty when
	 * the others are absent and only their event types are seen.
	 */
	public static List<String> beansOfOtherModules(ApplicationContext context, String module) {
		return Arrays.stream(context.getBeanDefinitionNames())
			.map(context::getType)
			.filter(Objects::nonNull)
			.map(Class::getName)
			.filter(type -> BUSINESS_MODULES.stream()
				.filter(other -> !other.equals(module))
				.anyMatch(other -> type.startsWith("ru.nastavnik." + other + ".")))
			.toList();
	}
}
