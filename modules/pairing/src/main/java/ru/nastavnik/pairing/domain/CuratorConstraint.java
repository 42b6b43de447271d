package ru.nastavnik.pairing.domain;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import ru.nastavnik.pairing.domain.matching.PairKey;

/** A pair the curator locked or forbade in a programme's matching for one form. */
@Table(schema = "pairing", name = "curator_constraint")
public class CuratorConstraint {

	@Id
	private UUID id;

	private UUID programmeId;

	private String formCode;

	private UUID mentorId;

	private UUID menteeId;

	private ConstraintKind kind;

	private Instant createdAt;

	@Version
	private Integer version;

	CuratorConstraint() {
	}

	public static CuratorConstraint of(UUID programmeId, String formCode, PairKey pair, ConstraintKind kind) {
		return of(programmeId, formCode, pair, kind, Instant.now());
	}

	static CuratorConstraint of(UUID programmeId, String formCode, PairKey pair, ConstraintKind kind, Instant createdAt) {
		var c = new CuratorConstraint();
		c.id = UUID.randomUUID();
		c.programmeId = programmeId;
		c.formCode = formCode;
		c.mentorId = pair.mentorId();
		c.menteeId = pair.menteeId();
		c.kind = kind;
		c.createdAt = createdAt;
		return c;
	}

	public void change(ConstraintKind value) {
		kind = value;
	}

	public PairKey pair() {
		return new PairKey(mentorId, menteeId);
	}

	public UUID id() {
		return id;
	}

	public UUID mentorId() {
		return mentorId;
	}

	public UUID menteeId() {
		return menteeId;
	}

	public ConstraintKind kind() {
		return kind;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
