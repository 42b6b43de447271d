package ru.nastavnik.pairing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.BusinessRuleProblem.FieldError;

/** The order fixing mentorship pairs (приказ о закреплении наставнических пар): number, date, its pairs and groups. */
@Table(schema = "pairing", name = "pairing_order")
public class PairingOrder {

	@Id
	private UUID id;

	private UUID programmeId;

	private UUID organizationId;

	private String number;

	private LocalDate orderDate;

	private OrderStatus status;

	private Instant issuedAt;

	private Instant createdAt;

	@MappedCollection(idColumn = "order_id", keyColumn = "idx")
	private List<PairRef> pairs = new ArrayList<>();

	@Version
	private Integer version;

	@Table(schema = "pairing", name = "order_pair")
	public record PairRef(UUID pairId) {
	}

	PairingOrder() {
	}

	public static PairingOrder draft(UUID programmeId, UUID organizationId, String number, LocalDate date, List<UUID> pairIds) {
		var errors = new ArrayList<FieldError>();
		if (number == null || number.isBlank()) {
			errors.add(new FieldError("number", "Укажите номер приказа"));
		}
		else if (number.strip().length() > 60) {
			errors.add(new FieldError("number", "Номер приказа длиннее 60 символов"));
		}
		if (date == null) {
			errors.add(new FieldError("date", "Укажите дату приказа"));
		}
		if (pairIds.isEmpty()) {
			errors.add(new FieldError("pairs", "В приказе нет ни одной пары"));
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Проверьте данные приказа", errors);
		}
		var o = new PairingOrder();
		o.id = UUID.randomUUID();
		o.programmeId = programmeId;
		o.organizationId = organizationId;
		o.number = number.strip();
		o.orderDate = date;
		o.status = OrderStatus.DRAFT;
		o.createdAt = Instant.now();
		pairIds.forEach(p -> o.pairs.add(new PairRef(p)));
		return o;
	}

	public void issue() {
		if (status == OrderStatus.ISSUED) {
			throw BusinessRuleProblem.conflict("status", "Приказ № " + number + " уже издан");
		}
		status = OrderStatus.ISSUED;
		issuedAt = Instant.now();
	}

	public List<UUID> pairIds() {
		return pairs.stream().map(PairRef::pairId).toList();
	}

	public UUID id() {
		return id;
	}

	public UUID programmeId() {
		return programmeId;
	}

	public UUID organizationId() {
		return organizationId;
	}

	public String number() {
		return number;
	}

	public LocalDate orderDate() {
		return orderDate;
	}

	public OrderStatus status() {
		return status;
	}

	public Instant issuedAt() {
		return issuedAt;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
