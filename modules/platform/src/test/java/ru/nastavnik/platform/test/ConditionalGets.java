package ru.nastavnik.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Test support for conditional GET ({@code ru.nastavnik.platform.web.ConditionalGet}): the validators a full answer
 * must carry, checked once for every feed that has them.
 */
public final class ConditionalGets {

	private ConditionalGets() {
	}

	/** The validators of a full answer. */
	public record Validators(String etag, String lastModified) {
	}

	/**
	 * Checks that a 200 answer carries one strong {@code ETag}, a {@code Last-Modified} and the caching rule, and
	 * returns the validators for the next, conditional, request.
	 */
	public static Validators validatorsOf(MockHttpServletResponse full, String cacheControl) {
		assertThat(full.getStatus()).isEqualTo(200);
		assertThat(full.getHeader("ETag")).as("ETag").matches("\"[0-9a-f]{32}\"");
		assertThat(full.getHeaders("ETag")).as("one ETag").hasSize(1);
		assertThat(full.getHeader("Last-Modified")).as("Last-Modified").isNotBlank();
		assertThat(full.getHeader("Cache-Control")).isEqualTo(cacheControl);
		return new Validators(full.getHeader("ETag"), full.getHeader("Last-Modified"));
	}

	/** Checks a 304 answer: no body, the same tag. */
	public static void assertNotModified(MockHttpServletResponse answer, Validators validators) {
		assertThat(answer.getStatus()).isEqualTo(304);
		assertThat(answer.getContentAsByteArray()).isEmpty();
		assertThat(answer.getHeader("ETag")).isEqualTo(validators.etag());
	}
}
