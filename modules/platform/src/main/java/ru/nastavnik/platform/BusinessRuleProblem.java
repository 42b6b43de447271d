package ru.nastavnik.platform;

import java.util.List;

/**
 * A request breaks a business rule or carries invalid data: 422 (or 409 for conflicts) with a Russian message and,
 * where it applies, the fields or rows at fault.
 */
public class BusinessRuleProblem extends RuntimeException {

	public enum Kind {
		INVALID, CONFLICT
	}

	/** One fault: a field (or "row 5 / column X") and why. */
	public record FieldError(String field, String message) {
	}

	private final Kind kind;

	private final List<FieldError> errors;

	public BusinessRuleProblem(String message) {
		this(Kind.INVALID, message, List.of());
	}

	public BusinessRuleProblem(Kind kind, String message, List<FieldError> errors) {
		super(message);
		this.kind = kind;
		this.errors = List.copyOf(errors);
	}

	public static BusinessRuleProblem conflict(String field, String message) {
		return new BusinessRuleProblem(Kind.CONFLICT, message, List.of(new FieldError(field, message)));
	}

	public static BusinessRuleProblem invalid(String field, String message) {
		return new BusinessRuleProblem(Kind.INVALID, message, List.of(new FieldError(field, message)));
	}

	public Kind kind() {
		return kind;
	}

	public List<FieldError> errors() {
		return errors;
	}
}
