package ru.nastavnik.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.BusinessRuleProblem.FieldError;
import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.TenantId;

/**
 * Personal API tokens (ADR 0012): a user creates, names, lists and revokes their tokens; a token signs an API client in
 * as that user — with the user's role and tenant, nothing more — until it expires or is revoked.
 * <p>
 * A token is {@value #PREFIX} followed by 256 random bits (base64url). It is shown once; the database keeps only its
 * SHA-256, a fast hash that is safe for a high-entropy secret (nothing to brute-force) — unlike a password, which needs
 * the slow bcrypt that made HTTP Basic cost a hash per request. A request's token is found by its hash through a unique
 * index, so no secret is compared byte by byte in the application. Authentication is one indexed query joining the
 * token, its account and the account's tenant; the account's current role, scope and enabled flag apply.
 * <p>
 * A valid token's owner is remembered for {@code cacheTtl} (10 seconds by default) by the instance that looked it up,
 * sparing that query on a client's next requests (the throughput target: tokens ≥ 0.8× sessions). Expiry is still
 * checked on every request; a revocation applies at once on the instance that revoked and within {@code cacheTtl} on
 * the others (ADR 0012). Only valid tokens are remembered: unknown ones cannot fill the memory.
 */
public class ApiTokens {

	static final String PREFIX = "nst_";

	/** The longest validity a user may choose, in days. */
	public static final int MAX_VALID_DAYS = 365;

	/** How many unexpired, unrevoked tokens one account may hold. */
	public static final int MAX_ACTIVE = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Valid tokens recently looked up, by their hash; at most {@value #CACHE_LIMIT}. */
	static final int CACHE_LIMIT = 10_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration cacheTtl;

	private final java.util.concurrent.ConcurrentMap<java.nio.ByteBuffer, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

	private record Cached(Valid valid, Instant expiresAt, Instant loadedAt) {
	}

	public ApiTokens(JdbcClient jdbc, Clock clock, Duration cacheTtl) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.cacheTtl = cacheTtl;
	}

	/** A token as its owner sees it (never the token itself). */
	public record TokenView(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
			Instant lastUsedAt, Instant revokedAt, String status) {

		public boolean active() {
			return revokedAt == null && "ACTIVE".equals(status);
		}
	}

	/** A token just created: {@code token} is shown this once. */
	public record CreatedToken(String token, TokenView view) {
	}

	/** One recorded use of a token. */
	public record TokenUse(UUID tokenId, String tokenName, Instant usedAt, String method, String path, int status,
			String remoteAddr) {
	}

	/** Creates a token for the account, valid {@code validDays} days. Bad input: 422 by field, nothing written. */
	public CreatedToken create(UUID accountId, String name, Integer validDays) {
		var errors = new ArrayList<FieldError>();
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty()) {
			errors.add(new FieldError("name", "Укажите название токена, например «Выгрузка в BI»"));
		}
		else if (trimmed.length() > 100) {
			errors.add(new FieldError("name", "Название токена длиннее 100 символов (" + trimmed.length() + ")"));
		}
		if (validDays == null || validDays < 1 || validDays > MAX_VALID_DAYS) {
			errors.add(new FieldError("validDays", "Срок действия — от 1 до " + MAX_VALID_DAYS + " дней"
					+ (validDays == null ? "" : ", указано " + validDays)));
		}
		Instant now = clock.instant();
		if (errors.isEmpty() && activeCount(accountId, now) >= MAX_ACTIVE) {
			errors.add(new FieldError("name", "У вас уже " + MAX_ACTIVE + " действующих токенов: отзовите ненужные"));
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Токен не создан: " + errors.get(0).message(),
					errors);
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		UUID id = UUID.randomUUID();
		Instant expires = now.plus(Duration.ofDays(validDays));
		String prefix = token.substring(0, PREFIX.length() + 6);
		jdbc.sql("insert into platform.api_token (id, account_id, name, token_hash, token_prefix, created_at, expires_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(id, accountId, trimmed, hash(token), prefix, Timestamp.from(now), Timestamp.from(expires))
			.update();
		return new CreatedToken(token, new TokenView(id, trimmed, prefix, now, expires, null, null, "ACTIVE"));
	}

	private int activeCount(UUID accountId, Instant now) {
		return jdbc.sql("select count(*) from platform.api_token where account_id = ? and revoked_at is null and expires_at > ?")
			.params(accountId, Timestamp.from(now))
			.query(Integer.class)
			.single();
	}

	/** The account's tokens, newest first. */
	public List<TokenView> list(UUID accountId) {
		return jdbc.sql("select id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at "
				+ "from platform.api_token where account_id = ? order by created_at desc")
			.param(accountId)
			.query(this::view)
			.list();
	}

	/** Revokes one of the account's tokens (again: no change); another account's or an unknown token: 404. */
	public TokenView revoke(UUID accountId, UUID tokenId) {
		cache.values().removeIf(c -> c.valid().tokenId().equals(tokenId));
		jdbc.sql("update platform.api_token set revoked_at = ? where id = ? and account_id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), tokenId, accountId)
			.update();
		return jdbc.sql("select id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at "
				+ "from platform.api_token where id = ? and account_id = ?")
			.params(tokenId, accountId)
			.query(this::view)
			.optional()
			.orElseThrow(() -> new NotFoundProblem("Токен не найден среди ваших токенов"));
	}

	/** The account's latest token uses, newest first (of one token, when {@code tokenId} is given). */
	public List<TokenUse> uses(UUID accountId, UUID tokenId, int limit) {
		return jdbc.sql("select u.token_id, t.name, u.used_at, u.method, u.path, u.status, u.remote_addr "
				+ "from platform.api_token_use u join platform.api_token t on t.id = u.token_id "
				+ "where u.account_id = :account and (cast(:token as uuid) is null or u.token_id = :token) "
				+ "order by u.used_at desc, u.id desc limit :limit")
			.param("account", accountId)
			.param("token", tokenId)
			.param("limit", limit)
			.query((rs, row) -> new TokenUse(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7)))
			.list();
	}

	/** What a presented token turned out to be. */
	public sealed interface Outcome {
	}

	/** A valid token: its id, the user it signs in, and when it expires. */
	public record Valid(UUID tokenId, NastavnikPrincipal principal, Instant expiresAt) implements Outcome {
	}

	/** A token that is known but may not be used (expired, revoked, account disabled): attributable, refused. */
	public record Refused(UUID tokenId, UUID accountId, String reason) implements Outcome {
	}

	/** Not a token of this instance. */
	public record Unknown() implements Outcome {
	}

	/** Checks a presented token: one indexed query, or the instance's memory of it for {@code cacheTtl}. */
	public Outcome authenticate(String presented) {
		if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
			return new Unknown();
		}
		Instant now = clock.instant();
		byte[] hash = hash(presented);
		var key = java.nio.ByteBuffer.wrap(hash);
		Cached cached = cache.get(key);
		if (cached != null && cached.loadedAt().plus(cacheTtl).isAfter(now)) {
			if (cached.expiresAt().isAfter(now)) {
				return cached.valid();
			}
			cache.remove(key);
		}
		Outcome outcome = lookUp(hash, now);
		if (outcome instanceof Valid valid && !cacheTtl.isZero()) {
			if (cache.size() >= CACHE_LIMIT) {
				cache.clear();
			}
			cache.put(key, new Cached(valid, valid.expiresAt(), now));
		}
		return outcome;
	}

	private Outcome lookUp(byte[] hash, Instant now) {
		return jdbc.sql("""
				select t.id, t.expires_at, t.revoked_at, a.id as account_id, a.username, a.display_name, a.role,
				       a.tenant_id, a.region_code, a.organization_id, a.participant_id, a.representative, a.enabled, tn.slug,
				       tn.region_code as tenant_region
				from platform.api_token t
				join platform.account a on a.id = t.account_id
				left join platform.tenant tn on tn.id = a.tenant_id
				where t.token_hash = ?""")
			.param(hash)
			.query((rs, row) -> outcome(rs, now))
			.optional()
			.orElseGet(Unknown::new);
	}

	private static Outcome outcome(ResultSet rs, Instant now) throws SQLException {
		UUID tokenId = rs.getObject("id", UUID.class);
		UUID accountId = rs.getObject("account_id", UUID.class);
		Instant expires = rs.getTimestamp("expires_at").toInstant();
		if (rs.getTimestamp("revoked_at") != null) {
			return new Refused(tokenId, accountId, "Токен отозван");
		}
		if (!expires.isAfter(now)) {
			return new Refused(tokenId, accountId, "Срок действия токена истёк "
					+ java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(expires.atZone(java.time.ZoneId.of("Europe/Moscow"))));
		}
		if (!rs.getBoolean("enabled")) {
			return new Refused(tokenId, accountId, "Учётная запись владельца токена отключена");
		}
		UUID tenant = rs.getObject("tenant_id", UUID.class);
		String region = tenant == null ? rs.getString("region_code") : rs.getString("tenant_region");
		var user = new CurrentUser(accountId, rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), tenant == null ? null : new TenantId(tenant), rs.getString("slug"),
				region, rs.getObject("organization_id", UUID.class), rs.getObject("participant_id", UUID.class),
				rs.getBoolean("representative"));
		return new Valid(tokenId, new NastavnikPrincipal(user, "", true), expires);
	}

	private TokenView view(ResultSet rs, int row) throws SQLException {
		Instant expires = rs.getTimestamp("expires_at").toInstant();
		Timestamp lastUsed = rs.getTimestamp("last_used_at");
		Timestamp revoked = rs.getTimestamp("revoked_at");
		String status = revoked != null ? "REVOKED" : expires.isAfter(clock.instant()) ? "ACTIVE" : "EXPIRED";
		return new TokenView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("token_prefix"),
				rs.getTimestamp("created_at").toInstant(), expires, lastUsed == null ? null : lastUsed.toInstant(),
				revoked == null ? null : revoked.toInstant(), status);
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", e);
		}
	}
}
