package ru.nastavnik.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * Conditional GET for what feed readers and calendar applications poll (the public Atom feeds, the iCalendar feed):
 * the answer carries an {@code ETag} and a {@code Last-Modified} computed from a cheap version of its data, and a
 * request whose {@code If-None-Match} / {@code If-Modified-Since} still matches gets {@code 304 Not Modified} before
 * anything is rendered.
 *
 * <pre>
 * var validator = ConditionalGet.of(lastChange, "sasovo", publishedCount, lastChange);
 * return validator.notModified(request, CacheControl.noCache()).orElseGet(() -> validator.ok(CacheControl.noCache()).body(render()));
 * </pre>
 *
 * @param etag         a strong entity tag, quoted: a digest of everything the answer depends on
 * @param lastModified the latest change of the data, whole seconds (HTTP dates have no fractions)
 */
public record ConditionalGet(String etag, Instant lastModified) {

	/**
	 * A validator from the data's latest change and everything else the answer depends on (its version: counts,
	 * names, the request's host for absolute links, the day when the answer changes with the date…).
	 */
	public static ConditionalGet of(Instant lastChange, Object... dependsOn) {
		Instant changed = (lastChange == null ? Instant.EPOCH : lastChange).truncatedTo(ChronoUnit.SECONDS);
		var text = new StringBuilder().append(changed.toEpochMilli());
		for (Object part : dependsOn) {
			text.append('\u0001').append(part);
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return new ConditionalGet("\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"", changed);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * {@code 304 Not Modified} (with the validators and the caching rule) when the request's {@code If-None-Match}
	 * names this tag, or, without it, its {@code If-Modified-Since} is not older than the last change; otherwise empty.
	 */
	public <T> Optional<ResponseEntity<T>> notModified(WebRequest request, CacheControl cacheControl) {
		if (!request.checkNotModified(etag, lastModified.toEpochMilli())) {
			return Optional.empty();
		}
		return Optional.of(ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).lastModified(lastModified)
			.cacheControl(cacheControl).build());
	}

	/** A {@code 200 OK} carrying the validators and the caching rule; the caller adds the content. */
	public ResponseEntity.BodyBuilder ok(CacheControl cacheControl) {
		return ResponseEntity.ok().eTag(etag).lastModified(lastModified).cacheControl(cacheControl);
	}
}
