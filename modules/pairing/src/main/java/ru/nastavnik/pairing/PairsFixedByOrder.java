package ru.nastavnik.pairing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ru.nastavnik.platform.EvidenceEvent;
import ru.nastavnik.platform.TenantId;

/**
 * An order (приказ о закреплении наставнических пар) was issued: exactly its pairs and groups became active. One
 * event per order, with all its pairs. Also the evidence for roadmap items on forming pairs.
 */
public record PairsFixedByOrder(TenantId tenantId, UUID orderId, String orderNumber, LocalDate orderDate,
		UUID programmeId, UUID organizationId, List<FixedPair> pairs) implements EvidenceEvent {

	public static final String KEY = "pairing.pairs-fixed";

	/** One pair (one mentee) or group (several mentees) with its form of mentorship. */
	public record FixedPair(UUID pairId, String formCode, String formName, UUID organizationId, Member mentor,
			List<Member> mentees) {
	}

	/** A participant in a pair, by the registry's participant id, with the category that counts for indicators. */
	public record Member(UUID participantId, String category) {
	}

	@Override
	public String evidenceKey() {
		return KEY;
	}

	@Override
	public UUID evidenceId() {
		return orderId;
	}

	@Override
	public String evidenceSummary() {
		int mentees = pairs.stream().mapToInt(p -> p.mentees().size()).sum();
		return "Приказ № " + orderNumber + " от " + orderDate.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
				+ " о закреплении наставнических пар: " + pairs.size() + " пар(групп), наставляемых — " + mentees;
	}

	@Override
	public LocalDate observedOn() {
		return orderDate;
	}
}
