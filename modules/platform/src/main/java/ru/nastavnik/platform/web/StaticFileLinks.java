package ru.nastavnik.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Spring's {@link ResourceUrlEncodingFilter} (links to static files through the resource chain, e.g. a WebJar's
 * versionless {@code /webjars/htmx.org/dist/htmx.min.js} written with its version), asked only about links that name
 * a file. Spring Boot installs the plain filter because the WebJars locator is on the class path; it then resolved
 * every link a page builds — {@code /t/sasovo/registry} too — against the static locations and the WebJars, a
 * class-path search that finds nothing and is not remembered, for each link of each page: 15–45 % of a page's
 * CPU in the load test's profile (docs/benchmarks.md). A static file always has an extension in its name, the pages'
 * links do not; a link with one (an export, {@code …/export.docx}) is still asked about, as before. API answers build
 * no links and pass by without any wrapper.
 */
public class StaticFileLinks extends ResourceUrlEncodingFilter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse beneath)) {
			super.doFilter(request, response, chain);
			return;
		}
		if (http.getRequestURI().startsWith(http.getContextPath() + "/api/")) {
			chain.doFilter(request, response);
			return;
		}
		super.doFilter(request, response,
				(req, res) -> chain.doFilter(req, new OnlyFiles((HttpServletResponse) res, beneath)));
	}

	/** Whether the last segment of a link's path has an extension ({@code nastavnik.css}, {@code htmx.min.js}). */
	static boolean namesAFile(String url) {
		int end = url.length();
		for (char stop : new char[] { '?', '#' }) {
			int at = url.indexOf(stop);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		int lastSlash = url.lastIndexOf('/', end - 1);
		int dot = url.indexOf('.', lastSlash + 1);
		return dot >= 0 && dot < end - 1;
	}

	/** Links to files go through the resource chain; any other link only through what lies beneath it. */
	private static final class OnlyFiles extends HttpServletResponseWrapper {

		private final HttpServletResponse beneath;

		OnlyFiles(HttpServletResponse resourceChain, HttpServletResponse beneath) {
			super(resourceChain);
			this.beneath = beneath;
		}

		@Override
		public String encodeURL(String url) {
			return namesAFile(url) ? super.encodeURL(url) : beneath.encodeURL(url);
		}
	}
}
