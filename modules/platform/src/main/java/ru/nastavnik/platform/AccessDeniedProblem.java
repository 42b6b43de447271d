package ru.nastavnik.platform;

/** The signed-in user may not do this: 403 with a Russian message. */
public class AccessDeniedProblem extends RuntimeException {

	public AccessDeniedProblem(String message) {
		super(message);
	}
}
