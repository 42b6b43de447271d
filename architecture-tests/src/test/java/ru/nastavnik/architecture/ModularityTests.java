package ru.nastavnik.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import ru.nastavnik.NastavnikApplication;

/**
 * The modules and their allowed dependencies, as Spring Modulith sees them across all the Maven modules; and the
 * documentation it derives, written to {@code docs/modulith/} (committed, so that a change of structure shows in review).
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(NastavnikApplication.class);

	@Test
	void theFiveBusinessModulesAndThePlatformAreFound() {
		assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.contains("platform", "roadmap", "registry", "pairing", "monitoring", "publication");
	}

	@Test
	void modulesOnlyUseEachOthersApiWithoutCycles() {
		MODULES.verify();
	}

	@Test
	void businessModulesDependOnEachOtherOnlyThroughTheirEventTypes() {
		// The API of a business module is its base package: the events and the enums they carry. Verified by
		// verify() above (internals are not accessible); here: each module's base package holds nothing else.
		for (String module : new String[] { "roadmap", "registry", "pairing", "monitoring", "publication" }) {
			var api = MODULES.getModuleByName(module).orElseThrow().getBasePackage();
			api.stream()
				.filter(type -> type.getPackageName().equals(api.getName()))
				.filter(type -> !type.getSimpleName().equals("package-info"))
				.forEach(type -> assertThat(type.isRecord() || type.isEnum() || type.getEnclosingClass().isPresent())
					.as(type.getFullName() + " in the API package must be an event record or an enum it carries")
					.isTrue());
		}
	}

	@Test
	void writesModuleDocumentation() throws Exception {
		Path output = Path.of("..", "docs", "modulith").toAbsolutePath().normalize();
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString()))
			.writeDocumentation();
		assertThat(Files.list(output).map(p -> p.getFileName().toString()))
			.contains("components.puml")
			.anyMatch(name -> name.startsWith("module-registry"));
	}
}
