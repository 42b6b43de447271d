package ru.nastavnik.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import com.tngtech.archunit.core.importer.ClassFileImporter;

import fixtures.modulith.FixtureApplication;

/**
 * The architecture rules are not decoration: run on fixture packages that break them on purpose, each one fails.
 */
class RulesCatchViolationsTests {

	@Test
	void aModuleReachingIntoAnotherModulesInternalsFailsVerification() {
		assertThatThrownBy(() -> ApplicationModules.of(FixtureApplication.class).verify())
			.isInstanceOf(Violations.class)
			.hasMessageContaining("AlphaInternals")
			.hasMessageContaining("beta");
	}

	@Test
	void theCoreDependingOnAnAdapterFailsTheHexagonalRule() {
		var classes = new ClassFileImporter().importPackages("fixtures.hexagonal");
		assertThatThrownBy(() -> HexagonalArchitectureTests.HEXAGONAL.check(classes))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("LeakyCore");
	}

	@Test
	void springBehaviourInADomainFailsThePurityRule() {
		var classes = new ClassFileImporter().importPackages("fixtures.purity");
		var rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
			.that().resideInAPackage("fixtures.*.domain..")
			.should().dependOnClassesThat().resideInAPackage("org.springframework.stereotype..");
		assertThatThrownBy(() -> rule.check(classes)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("SpringInTheDomain");
		// and the real rule, pointed at the fixture, says the same
		assertThatThrownBy(() -> com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
			.that().resideInAPackage("fixtures.purity.domain..")
			.should().dependOnClassesThat().resideInAnyPackage("org.springframework.stereotype..", "org.springframework.context..")
			.check(classes)).isInstanceOf(AssertionError.class);
	}
}
