package ru.nastavnik.registry.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.registry.domain.Invitation;
import ru.nastavnik.registry.domain.InvitationStore;

@Repository
class JdbcInvitationStore implements InvitationStore {

	private static final String SELECT = "select id, participant_id, representative, invitee_name, token_hash, created_at, "
			+ "created_by, expires_at, used_at, account_id, revoked_at, revoked_by from registry.invitation ";

	private final JdbcClient jdbc;

	JdbcInvitationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(Invitation i) {
		jdbc.sql("insert into registry.invitation (id, tenant_id, participant_id, representative, invitee_name, token_hash, "
				+ "created_at, created_by, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(i.id(), TenantContext.require().value(), i.participantId(), i.representative(), i.inviteeName(),
					i.tokenHash(), Timestamp.from(i.createdAt()), i.createdBy(), Timestamp.from(i.expiresAt()))
			.update();
	}

	@Override
	public Optional<Invitation> byTokenHash(String tokenHash) {
		return jdbc.sql(SELECT + "where token_hash = ?").param(tokenHash).query(JdbcInvitationStore::row).optional();
	}

	@Override
	public Optional<Invitation> find(UUID id) {
		return jdbc.sql(SELECT + "where id = ?").param(id).query(JdbcInvitationStore::row).optional();
	}

	@Override
	public List<Invitation> ofParticipant(UUID participantId) {
		return jdbc.sql(SELECT + "where participant_id = ? order by created_at desc").param(participantId)
			.query(JdbcInvitationStore::row).list();
	}

	@Override
	public boolean use(UUID id, UUID accountId, Instant now) {
		return jdbc.sql("update registry.invitation set used_at = ?, account_id = ? "
				+ "where id = ? and used_at is null and revoked_at is null and expires_at > ?")
			.params(Timestamp.from(now), accountId, id, Timestamp.from(now)).update() == 1;
	}

	@Override
	public boolean revoke(UUID id, String by, Instant now) {
		return jdbc.sql("update registry.invitation set revoked_at = ?, revoked_by = ? "
				+ "where id = ? and used_at is null and revoked_at is null and expires_at > ?")
			.params(Timestamp.from(now), by, id, Timestamp.from(now)).update() == 1;
	}

	@Override
	public int revokePending(UUID participantId, String by, Instant now) {
		return jdbc.sql("update registry.invitation set revoked_at = ?, revoked_by = ? "
				+ "where participant_id = ? and used_at is null and revoked_at is null and expires_at > ?")
			.params(Timestamp.from(now), by, participantId, Timestamp.from(now)).update();
	}

	private static Invitation row(ResultSet rs, int n) throws SQLException {
		return new Invitation(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
				rs.getBoolean("representative"), rs.getString("invitee_name"), rs.getString("token_hash"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
				rs.getTimestamp("expires_at").toInstant(), instant(rs, "used_at"), rs.getObject("account_id", UUID.class),
				instant(rs, "revoked_at"), rs.getString("revoked_by"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
