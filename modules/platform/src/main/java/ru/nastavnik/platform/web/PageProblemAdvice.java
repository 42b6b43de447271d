package ru.nastavnik.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import ru.nastavnik.platform.AccessDeniedProblem;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.NotFoundProblem;

/**
 * The same errors for pages: the shell's Russian error page with the message, in the shell (the person's navigation
 * and name: an exception handler's view gets no {@code @ModelAttribute}s, so they are added here).
 */
@ControllerAdvice(annotations = Controller.class)
public class PageProblemAdvice {

	private final LayoutModelAdvice layout;

	public PageProblemAdvice(LayoutModelAdvice layout) {
		this.layout = layout;
	}

	@ExceptionHandler(NotFoundProblem.class)
	ModelAndView notFound(NotFoundProblem e, HttpServletRequest request) {
		return page(HttpStatus.NOT_FOUND, "Не найдено", e.getMessage(), request);
	}

	@ExceptionHandler(AccessDeniedProblem.class)
	ModelAndView denied(AccessDeniedProblem e, HttpServletRequest request) {
		return page(HttpStatus.FORBIDDEN, "Доступ запрещён", e.getMessage(), request);
	}

	@ExceptionHandler(BusinessRuleProblem.class)
	ModelAndView rule(BusinessRuleProblem e, HttpServletRequest request) {
		var view = page(HttpStatus.UNPROCESSABLE_CONTENT, "Данные не приняты", e.getMessage(), request);
		view.addObject("errors", shown(e));
		return view;
	}

	/**
	 * The faults a person reads under the message: not the message again, and a field named only when its name is
	 * words for people («строка 5, «Дата рождения»»), not a request parameter's code.
	 */
	static java.util.List<BusinessRuleProblem.FieldError> shown(BusinessRuleProblem e) {
		return e.errors().stream()
			.filter(f -> !f.message().equals(e.getMessage()))
			.map(f -> f.field() != null && f.field().matches("[A-Za-z0-9_.\\[\\]-]+")
					? new BusinessRuleProblem.FieldError(null, f.message()) : f)
			.distinct()
			.toList();
	}

	private ModelAndView page(HttpStatus status, String title, String message, HttpServletRequest request) {
		var view = new ModelAndView("platform/problem");
		view.addObject("currentUser", layout.currentUser());
		view.addObject("navigation", layout.navigation(request));
		view.addObject("scopeTitle", layout.scopeTitle());
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("title", title);
		view.addObject("message", message);
		return view;
	}
}
