package ru.nastavnik.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import ru.nastavnik.platform.AccessDeniedProblem;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.NotFoundProblem;

/** The same errors for pages: the shell's Russian error page with the message. */
@ControllerAdvice(annotations = Controller.class)
public class PageProblemAdvice {

	@ExceptionHandler(NotFoundProblem.class)
	ModelAndView notFound(NotFoundProblem e) {
		return page(HttpStatus.NOT_FOUND, "Не найдено", e.getMessage());
	}

	@ExceptionHandler(AccessDeniedProblem.class)
	ModelAndView denied(AccessDeniedProblem e) {
		return page(HttpStatus.FORBIDDEN, "Доступ запрещён", e.getMessage());
	}

	@ExceptionHandler(BusinessRuleProblem.class)
	ModelAndView rule(BusinessRuleProblem e) {
		var view = page(HttpStatus.UNPROCESSABLE_CONTENT, "Данные не приняты", e.getMessage());
		view.addObject("errors", e.errors());
		return view;
	}

	private static ModelAndView page(HttpStatus status, String title, String message) {
		var view = new ModelAndView("platform/problem");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("title", title);
		view.addObject("message", message);
		return view;
	}
}
