package ru.nastavnik.pairing.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.pairing.PairsFixedByOrder;
import ru.nastavnik.pairing.PairsFixedByOrder.FixedPair;
import ru.nastavnik.pairing.PairsFixedByOrder.Member;
import ru.nastavnik.pairing.domain.ActivePairs;
import ru.nastavnik.pairing.domain.Candidate;
import ru.nastavnik.pairing.domain.CandidateProjection;
import ru.nastavnik.pairing.domain.MentorshipPair;
import ru.nastavnik.pairing.domain.OrderDocument;
import ru.nastavnik.pairing.domain.OrderDocuments;
import ru.nastavnik.pairing.domain.PairRepository;
import ru.nastavnik.pairing.domain.PairStatus;
import ru.nastavnik.pairing.domain.PairingOrder;
import ru.nastavnik.pairing.domain.PairingOrderRepository;
import ru.nastavnik.pairing.domain.Programme;
import ru.nastavnik.pairing.domain.Proposal;
import ru.nastavnik.pairing.domain.TenantMutex;
import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;

/**
 * The order fixing the pairs (приказ о закреплении наставнических пар): drafted from a proposal (its pairs and groups
 * become proposed pairs), issued (exactly its pairs become active, one {@link PairsFixedByOrder} with all of them), and
 * rendered as DOCX and PDF.
 */
@Service
@Transactional
public class OrderService {

	private final PairingOrderRepository orders;

	private final PairRepository pairs;

	private final MatchingService matching;

	private final ProgrammeService programmes;

	private final CandidateProjection candidates;

	private final OrderDocuments documents;

	private final TenantDirectory tenants;

	private final Access access;

	private final ApplicationEventPublisher events;

	private final TenantMutex mutex;

	OrderService(PairingOrderRepository orders, PairRepository pairs, MatchingService matching, ProgrammeService programmes,
			CandidateProjection candidates, OrderDocuments documents, TenantDirectory tenants, Access access,
			ApplicationEventPublisher events, TenantMutex mutex) {
		this.mutex = mutex;
		this.orders = orders;
		this.pairs = pairs;
		this.matching = matching;
		this.programmes = programmes;
		this.candidates = candidates;
		this.documents = documents;
		this.tenants = tenants;
		this.access = access;
		this.events = events;
	}

	/** Drafts the order from a proposal: each mentor's pairs become one proposed pair or group. */
	public PairingOrder draft(UUID proposalId, String number, LocalDate date) {
		Proposal proposal = matching.proposal(proposalId);
		Programme programme = programmes.programme(proposal.programmeId());
		programme.requireOpen();
		if (number != null && orders.existsByOrganizationIdAndNumber(programme.organizationId(), number.strip())) {
			throw BusinessRuleProblem.conflict("number", "Приказ № " + number.strip() + " у организации уже есть");
		}
		Set<UUID> people = new HashSet<>();
		proposal.pairs().forEach(p -> {
			people.add(p.mentorId());
			people.add(p.menteeId());
		});
		Map<UUID, Candidate> known = candidates.byIds(people);
		var created = new ArrayList<MentorshipPair>();
		for (var group : proposal.groups().entrySet()) {
			var mentees = group.getValue().stream()
				.map(p -> new MentorshipPair.Mentee(p.menteeId(), category(known, p.menteeId())))
				.toList();
			created.add(MentorshipPair.propose(programme.id(), programme.organizationId(), proposal.formCode(),
					proposal.formName(), group.getKey(), category(known, group.getKey()), mentees, proposal.id()));
		}
		PairingOrder order = PairingOrder.draft(programme.id(), programme.organizationId(), number, date,
				created.stream().map(MentorshipPair::id).toList());
		pairs.saveAll(created);
		return orders.save(order);
	}

	private static String category(Map<UUID, Candidate> known, UUID id) {
		Candidate c = known.get(id);
		return c == null || c.category() == null ? "UNKNOWN" : c.category();
	}

	/**
	 * Issues the order: exactly its pairs become active; one event with all of them. Refused (409, nothing written,
	 * nothing published) when a mentee is already in an active pair, when a mentor's active pairs in every programme of
	 * the tenant and this order's together exceed the mentor's capacity, or when someone of the order can no longer take
	 * part (left, no consent to processing) — each naming the person. Issues of one tenant are serialised, so two orders
	 * cannot both take a mentor's last place.
	 */
	public PairingOrder issue(UUID orderId) {
		mutex.lock("issue-order");
		PairingOrder order = order(orderId);
		order.issue();
		List<MentorshipPair> members = pairs.findAllById(order.pairIds());
		ActivePairs active = ActivePairs.of(pairs.findByStatusIn(List.of(PairStatus.ACTIVE)));
		Map<UUID, Integer> added = new LinkedHashMap<>();
		Set<UUID> people = new HashSet<>();
		for (MentorshipPair pair : members) {
			added.merge(pair.mentorId(), pair.mentees().size(), Integer::sum);
			people.add(pair.mentorId());
			people.addAll(pair.menteeIds());
		}
		Map<UUID, Candidate> known = candidates.byIds(people);
		var faults = new ArrayList<BusinessRuleProblem.FieldError>();
		for (MentorshipPair pair : members) {
			for (UUID mentee : pair.menteeIds()) {
				if (active.engaged(mentee)) {
					faults.add(new BusinessRuleProblem.FieldError("pairs",
							"Наставляемый уже закреплён в действующей паре другим приказом: " + name(known, mentee)));
				}
			}
		}
		for (UUID person : people) {
			Candidate c = known.get(person);
			if (c != null) {
				c.absence().ifPresent(reason -> faults.add(new BusinessRuleProblem.FieldError("pairs",
						(added.containsKey(person) ? "Наставник " : "Наставляемый ") + c.fullName() + ": " + reason)));
			}
		}
		added.forEach((mentor, count) -> {
			Candidate c = known.get(mentor);
			int load = active.load(mentor);
			if (c != null && load + count > c.capacity()) {
				faults.add(new BusinessRuleProblem.FieldError("pairs", "У наставника " + c.fullName()
						+ " не хватает мест: ёмкость " + c.capacity() + ", в действующих парах " + load
						+ ", по этому приказу ещё " + count));
			}
		});
		if (!faults.isEmpty()) {
			throw new BusinessRuleProblem(BusinessRuleProblem.Kind.CONFLICT, "Приказ не издан: "
					+ faults.stream().map(BusinessRuleProblem.FieldError::message).collect(Collectors.joining("; "))
					+ ". Повторите подбор пар программы — он учтёт действующие пары — и подготовьте приказ заново", faults);
		}
		var fixed = new ArrayList<FixedPair>();
		for (MentorshipPair pair : members) {
			pair.activate(order.id(), order.orderDate());
			fixed.add(new FixedPair(pair.id(), pair.formCode(), pair.formName(), pair.organizationId(),
					new Member(pair.mentorId(), pair.mentorCategory()),
					pair.mentees().stream().map(m -> new Member(m.menteeId(), m.category())).toList()));
		}
		pairs.saveAll(members);
		orders.save(order);
		events.publishEvent(new PairsFixedByOrder(TenantContext.require(), order.id(), order.number(), order.orderDate(),
				order.programmeId(), order.organizationId(), List.copyOf(fixed)));
		return order;
	}

	@Transactional(readOnly = true)
	public PairingOrder order(UUID id) {
		PairingOrder o = orders.findById(id).orElseThrow(() -> new NotFoundProblem("Приказ не найден"));
		access.requireOrganization(o.organizationId());
		return o;
	}

	@Transactional(readOnly = true)
	public List<PairingOrder> orders() {
		return access.scope().map(orders::findByOrganizationIdOrderByCreatedAtDesc).orElseGet(orders::findAllByOrderByCreatedAtDesc);
	}

	@Transactional(readOnly = true)
	public List<PairingOrder> ofProgramme(UUID programmeId) {
		programmes.programme(programmeId);
		return orders.findByProgrammeIdOrderByCreatedAtDesc(programmeId);
	}

	@Transactional(readOnly = true)
	public List<MentorshipPair> pairsOf(PairingOrder order) {
		var byId = new java.util.HashMap<UUID, MentorshipPair>();
		pairs.findAllById(order.pairIds()).forEach(p -> byId.put(p.id(), p));
		return order.pairIds().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	@Transactional(readOnly = true)
	public OrderDocument document(UUID orderId) {
		PairingOrder order = order(orderId);
		Programme programme = programmes.programme(order.programmeId());
		List<MentorshipPair> members = pairsOf(order);
		Set<UUID> people = new HashSet<>();
		members.forEach(p -> {
			people.add(p.mentorId());
			people.addAll(p.menteeIds());
		});
		Map<UUID, Candidate> known = candidates.byIds(people);
		var rows = new ArrayList<OrderDocument.Row>();
		int n = 1;
		for (MentorshipPair p : members) {
			rows.add(new OrderDocument.Row(n++, p.formName(), name(known, p.mentorId()), title(known, p.mentorId()),
					p.menteeIds().stream().map(id -> name(known, id)).toList(), programme.startsOn(), programme.endsOn()));
		}
		String authority = tenants.byId(TenantContext.require()).map(t -> t.authority()).orElse("");
		return new OrderDocument(authority, programmes.organizationName(order.organizationId()), order.number(),
				order.orderDate(), order.status() == ru.nastavnik.pairing.domain.OrderStatus.ISSUED, programme.title(),
				programme.startsOn(), programme.endsOn(), rows);
	}

	private static String name(Map<UUID, Candidate> known, UUID id) {
		Candidate c = known.get(id);
		return c == null ? "Участник (нет сведений)" : c.fullName();
	}

	private static String title(Map<UUID, Candidate> known, UUID id) {
		Candidate c = known.get(id);
		return c == null ? "" : c.categoryTitle();
	}

	public byte[] docx(UUID orderId) {
		return documents.docx(document(orderId));
	}

	public byte[] pdf(UUID orderId) {
		return documents.pdf(document(orderId));
	}
}
