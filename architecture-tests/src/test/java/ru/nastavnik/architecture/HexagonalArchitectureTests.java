package ru.nastavnik.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Inside each module: the hexagonal rings marked by jMolecules on {@code package-info} (domain and use cases in the
 * core, web and document/solver adapters outside), jMolecules' DDD rules, and a domain free of Spring behaviour.
 */
class HexagonalArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("ru.nastavnik");

	/** Adapters may see the application core (ADR 0004: Spring Data JDBC maps straight onto the aggregates). */
	static final ArchRule HEXAGONAL = JMoleculesArchitectureRules.ensureHexagonal(VerificationDepth.LENIENT);

	static final ArchRule DDD = JMoleculesDddRules.all();

	static final ArchRule DOMAIN_WITHOUT_SPRING = noClasses().that().resideInAPackage("ru.nastavnik.*.domain..")
		.should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
				"Spring other than Spring Data's mapping annotations, aggregate root and repository interfaces",
				type -> {
					String name = type.getPackageName();
					return name.startsWith("org.springframework") && !name.startsWith("org.springframework.data.annotation")
							&& !name.startsWith("org.springframework.data.relational.core.mapping")
							&& !name.startsWith("org.springframework.data.domain")
							&& !name.startsWith("org.springframework.data.repository");
				}))
		.as("the domain has no Spring behaviour in it (ddd-by-examples)");

	static final ArchRule DOMAIN_WITHOUT_ADAPTERS = noClasses().that().resideInAPackage("ru.nastavnik.*.domain..")
		.should().dependOnClassesThat().resideInAnyPackage("ru.nastavnik.*.adapter..", "ru.nastavnik.*.application..",
				"jakarta.servlet..", "org.apache.poi..", "com.google.ortools..");

	@Test
	void ringsAreRespected() {
		HEXAGONAL.check(CLASSES);
	}

	@Test
	void dddBuildingBlocksAreUsedAsIntended() {
		DDD.check(CLASSES);
	}

	@Test
	void theDomainHasNoSpringBehaviour() {
		DOMAIN_WITHOUT_SPRING.check(CLASSES);
	}

	@Test
	void theDomainDoesNotReachOutwards() {
		DOMAIN_WITHOUT_ADAPTERS.check(CLASSES);
	}
}
