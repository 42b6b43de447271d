package ru.nastavnik.registry.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of an invitation link: 32 random bytes (256 bits) from {@link SecureRandom}, written in URL-safe
 * Base64 (43 characters). Only its SHA-256 is stored, so a copy of the database gives nobody a usable link; a fast
 * hash suffices because the token is random and long, not a password.
 */
public final class InvitationToken {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("^[A-Za-z0-9_-]{43}$");

	private InvitationToken() {
	}

	public static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether the text can be a token at all (a mistyped or truncated link is refused before any lookup). */
	public static boolean wellFormed(String token) {
		return token != null && SHAPE.matcher(token).matches();
	}

	public static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
