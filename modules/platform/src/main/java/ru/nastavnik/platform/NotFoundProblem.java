package ru.nastavnik.platform;

/** A requested thing does not exist (or is not visible to this tenant): 404 with a Russian message. */
public class NotFoundProblem extends RuntimeException {

	public NotFoundProblem(String message) {
		super(message);
	}
}
