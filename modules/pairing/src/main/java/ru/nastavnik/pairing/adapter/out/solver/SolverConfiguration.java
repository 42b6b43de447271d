package ru.nastavnik.pairing.adapter.out.solver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.nastavnik.pairing.domain.matching.MatchingEngine;

/** Wires the engine's {@code AssignmentSolver} port to OR-Tools (min-cost flow with exact pricing). */
@Configuration(proxyBeanMethods = false)
class SolverConfiguration {

	@Bean
	MatchingEngine matchingEngine() {
		return new MatchingEngine(new OrToolsAssignmentSolver());
	}
}
