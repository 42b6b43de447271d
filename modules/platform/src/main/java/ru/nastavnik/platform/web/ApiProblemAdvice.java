package ru.nastavnik.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import ru.nastavnik.platform.AccessDeniedProblem;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.NotFoundProblem;

/**
 * Errors of every REST controller as RFC 9457 problem details, with Russian titles and, where a request had faulty
 * fields (or rows), an {@code errors} array of {@code {field, message}}.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblemAdvice {

	@ExceptionHandler(NotFoundProblem.class)
	ProblemDetail notFound(NotFoundProblem e) {
		return problem(HttpStatus.NOT_FOUND, "Не найдено", e.getMessage(), List.of());
	}

	@ExceptionHandler(AccessDeniedProblem.class)
	ProblemDetail denied(AccessDeniedProblem e) {
		return problem(HttpStatus.FORBIDDEN, "Доступ запрещён", e.getMessage(), List.of());
	}

	@ExceptionHandler(BusinessRuleProblem.class)
	ProblemDetail rule(BusinessRuleProblem e) {
		HttpStatus status = e.kind() == BusinessRuleProblem.Kind.CONFLICT ? HttpStatus.CONFLICT
				: HttpStatus.UNPROCESSABLE_CONTENT;
		return problem(status, status == HttpStatus.CONFLICT ? "Конфликт" : "Данные не приняты", e.getMessage(),
				e.errors());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException e) {
		var errors = e.getBindingResult().getFieldErrors().stream()
			.map(f -> new BusinessRuleProblem.FieldError(f.getField(), f.getDefaultMessage()))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "Данные не приняты", "Проверьте поля запроса", errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail invalidParameters(HandlerMethodValidationException e) {
		var errors = e.getParameterValidationResults().stream()
			.flatMap(r -> r.getResolvableErrors().stream()
				.map(err -> new BusinessRuleProblem.FieldError(r.getMethodParameter().getParameterName(),
						err.getDefaultMessage())))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "Данные не приняты", "Проверьте параметры запроса", errors);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
		return problem(HttpStatus.BAD_REQUEST, "Данные не приняты", "Недопустимое значение параметра «" + e.getName() + "»",
				List.of(new BusinessRuleProblem.FieldError(e.getName(), "Недопустимое значение «" + e.getValue() + "»")));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		return problem(HttpStatus.BAD_REQUEST, "Данные не приняты",
				"Тело запроса не читается: проверьте JSON и форматы полей (даты — ГГГГ-ММ-ДД)", List.of());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrent(OptimisticLockingFailureException e) {
		return problem(HttpStatus.CONFLICT, "Конфликт",
				"Запись изменена другим пользователем: обновите страницу и повторите", List.of());
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail,
			List<BusinessRuleProblem.FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
		}
		return problem;
	}
}
