package ru.nastavnik.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The errors Spring MVC raises itself, around the application's controllers, in Russian: an address nothing answers
 * (404), an address that only takes a form's POST (405), a malformed id or parameter in a page's address. A browser gets
 * the Russian error page; the API under {@code /api/} keeps RFC 9457 problem details, with a Russian title. Without
 * this, Spring Boot's problem-details handler answers all of them — pages inside the signed-in area included — with
 * English JSON.
 * <p>
 * Ordered before Spring MVC's own resolvers; errors of the API's controllers themselves (a malformed field of a REST
 * call) stay with {@link ApiProblemAdvice}, which names the field.
 */
@Component
public class RussianMvcErrors implements HandlerExceptionResolver, Ordered {

	private final JsonMapper json = JsonMapper.builder().build();

	@Override
	public int getOrder() {
		// after Boot's DefaultErrorAttributes (which only records the exception), before Spring MVC's resolvers
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
			return api ? problem(response, HttpStatus.NOT_FOUND, "Не найдено",
					"По адресу «" + request.getRequestURI() + "» ничего нет: проверьте адрес (см. /v3/api-docs)",
					request.getRequestURI())
					: page(response, HttpStatus.NOT_FOUND, "error/404", null);
		}
		if (ex instanceof HttpRequestMethodNotSupportedException unsupported) {
			return api ? problem(response, HttpStatus.METHOD_NOT_ALLOWED, "Метод не поддерживается",
					"Адрес «" + request.getRequestURI() + "» не принимает " + unsupported.getMethod()
							+ (unsupported.getSupportedMethods() == null ? ""
									: "; допустимо: " + String.join(", ", unsupported.getSupportedMethods())),
					request.getRequestURI())
					: page(response, HttpStatus.METHOD_NOT_ALLOWED, "error",
							"Это действие выполняется кнопкой на странице, а не переходом по адресу. Вернитесь на страницу и нажмите кнопку.");
		}
		if (api) {
			return null; // a REST controller's own parameter: ApiProblemAdvice names it
		}
		if (ex instanceof MethodArgumentTypeMismatchException mismatch
				&& mismatch.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
			// /…/programmes/abc: no such page
			return page(response, HttpStatus.NOT_FOUND, "error/404", null);
		}
		if (ex instanceof TypeMismatchException || ex instanceof MissingServletRequestParameterException) {
			return page(response, HttpStatus.BAD_REQUEST, "error",
					"В адресе страницы неверный или пропущенный параметр. Откройте страницу заново из меню.");
		}
		return null;
	}

	private static ModelAndView page(HttpServletResponse response, HttpStatus status, String view, String lead) {
		response.setStatus(status.value());
		var page = new ModelAndView(view, status);
		page.addObject("status", status.value());
		if (lead != null) {
			page.addObject("lead", lead);
		}
		return page;
	}

	private ModelAndView problem(HttpServletResponse response, HttpStatus status, String title, String detail,
			String instance) {
		var problem = new java.util.LinkedHashMap<String, Object>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", instance);
		try {
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(json.writeValueAsString(problem));
		}
		catch (IOException e) {
			return null;
		}
		return new ModelAndView(); // written: nothing more to render
	}
}
