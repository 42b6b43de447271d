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
		try (var files = Files.list(output)) {
			for (Path file : files.toList()) {
				Files.write(file, stableOrder(Files.readAllLines(file)));
			}
		}
		assertThat(Files.list(output).map(p -> p.getFileName().toString()))
			.contains("components.puml")
			.anyMatch(name -> name.startsWith("module-registry"));
	}

	/**
	 * The Documenter lists relations, events and their publishers in reflection order, which differs from run to run.
	 * Sorting each run of consecutive {@code Rel(…)} lines, and each run of list items (an item with its {@code **}
	 * sub-items as one block, the sub-items sorted too), keeps the committed files stable, so that a diff in
	 * {@code docs/modulith/} means a change of structure.
	 */
	static java.util.List<String> stableOrder(java.util.List<String> lines) {
		var result = new java.util.ArrayList<String>(lines.size());
		var blocks = new java.util.ArrayList<java.util.List<String>>();
		String kind = null;
		boolean cellStart = false;
		for (String line : lines) {
			boolean startsCell = line.startsWith("|* `");
			boolean subItem = line.startsWith("** `");
			String lineKind = line.startsWith("Rel(") ? "rel"
					: (line.startsWith("* `") || startsCell || (subItem && "item".equals(kind))) ? "item" : null;
			if (lineKind == null || !lineKind.equals(kind) || startsCell) {
				flush(blocks, cellStart, result);
				cellStart = startsCell;
			}
			if (lineKind == null) {
				result.add(line);
			}
			else if (subItem) {
				blocks.get(blocks.size() - 1).add(line);
			}
			else {
				blocks.add(new java.util.ArrayList<>(java.util.List.of(startsCell ? line.substring(1) : line)));
			}
			kind = lineKind;
		}
		flush(blocks, cellStart, result);
		return result;
	}

	private static void flush(java.util.List<java.util.List<String>> blocks, boolean cellStart,
			java.util.List<String> result) {
		blocks.forEach(block -> block.subList(1, block.size()).sort(null));
		blocks.sort(java.util.Comparator.comparing(block -> String.join("\n", block)));
		boolean first = true;
		for (var block : blocks) {
			for (String line : block) {
				result.add(first && cellStart ? "|" + line : line);
				first = false;
			}
		}
		blocks.clear();
	}
}
