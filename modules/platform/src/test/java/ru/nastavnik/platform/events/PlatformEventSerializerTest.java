package ru.nastavnik.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.nastavnik.platform.CorrelatedEvent;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;
import tools.jackson.databind.json.JsonMapper;

/** How events are stored in the event publication registry, and read back. */
class PlatformEventSerializerTest {

	record Plain(TenantId tenantId, String what) implements TenantScopedEvent {
	}

	record Item(UUID id, String surname, int grade, List<String> subjects) {
	}

	record Chunk(TenantId tenantId, UUID operation, List<Item> items) implements CorrelatedEvent {

		@Override
		public UUID correlationId() {
			return operation;
		}
	}

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	final PlatformEventSerializer serializer = new PlatformEventSerializer(() -> MAPPER);

	final TenantId tenant = new TenantId(UUID.randomUUID());

	static Chunk chunk(TenantId tenant, UUID operation, int size) {
		var items = new ArrayList<Item>();
		for (int i = 0; i < size; i++) {
			items.add(new Item(UUID.randomUUID(), "Иванова-" + i, 1 + i % 11, List.of("математика", "физика " + i % 7)));
		}
		return new Chunk(tenant, operation, items);
	}

	@Test
	void anOrdinaryEventIsStoredAsPlainJsonAsBefore() {
		var event = new Plain(tenant, "что-то");
		Object stored = serializer.serialize(event);
		assertThat(stored).isEqualTo(MAPPER.writeValueAsString(event));
		assertThat(serializer.deserialize(stored, Plain.class)).isEqualTo(event);
	}

	@Test
	void aCorrelatedEventBeginsWithItsCorrelationAndReadsBack() {
		UUID operation = UUID.randomUUID();
		var event = chunk(tenant, operation, 3);
		String stored = serializer.serialize(event).toString();
		assertThat(stored).startsWith("{\"@correlation\":\"" + operation + "\",\"@event\":{");
		assertThat(stored).startsWith(PlatformEventSerializer.correlationPrefix(operation));
		assertThat(serializer.deserialize(stored, Chunk.class)).isEqualTo(event);
	}

	@Test
	void aLargeEventIsStoredDeflatedAndReadsBackWhole() {
		UUID operation = UUID.randomUUID();
		var event = chunk(tenant, operation, 5_000);
		String json = MAPPER.writeValueAsString(event);
		String stored = serializer.serialize(event).toString();
		assertThat(json.length()).isGreaterThan(PlatformEventSerializer.DEFLATE_ABOVE);
		assertThat(stored).startsWith(PlatformEventSerializer.correlationPrefix(operation) + ",\"@deflated\":\"");
		assertThat(stored.length()).as("stored text vs JSON").isLessThan(json.length() / 2);
		assertThat(serializer.deserialize(stored, Chunk.class)).isEqualTo(event);

		var uncorrelated = new Plain(tenant, "ж".repeat(PlatformEventSerializer.DEFLATE_ABOVE + 1));
		String plainStored = serializer.serialize(uncorrelated).toString();
		assertThat(plainStored).startsWith("{\"@deflated\":\"");
		assertThat(serializer.deserialize(plainStored, Plain.class)).isEqualTo(uncorrelated);
	}

	@Test
	void anEventIsSerialisedOnceForAllItsPublications() {
		var event = chunk(tenant, UUID.randomUUID(), 2_000);
		Object first = serializer.serialize(event);
		// Spring Modulith serialises the event once per listener, one after the other: the same text comes back
		assertThat(serializer.serialize(event)).isSameAs(first);
		assertThat(serializer.serialize(event)).isSameAs(first);
		// an equal but other event is serialised anew (identity, not equality, decides)
		var equal = new Chunk(event.tenantId(), event.operation(), event.items());
		Object again = serializer.serialize(equal);
		assertThat(again).isNotSameAs(first).isEqualTo(first);
	}

	@Test
	void anEnvelopeReorderedAndRespacedAsJsonbKeepsItReadsBack() {
		UUID operation = UUID.randomUUID();
		var small = chunk(tenant, operation, 2);
		String stored = serializer.serialize(small).toString();
		// what PostgreSQL's jsonb gives back: keys by length, a space after every colon and comma
		String event = stored.substring(stored.indexOf("\"@event\":") + "\"@event\":".length(), stored.length() - 1);
		String normalised = "{\"@event\": " + event + ", \"@correlation\": \"" + operation + "\"}";
		assertThat(serializer.deserialize(normalised, Chunk.class)).isEqualTo(small);

		var large = chunk(tenant, operation, 5_000);
		String packed = serializer.serialize(large).toString();
		String data = packed.substring(packed.indexOf("\"@deflated\":\"") + "\"@deflated\":\"".length(), packed.length() - 2);
		String normalisedLarge = "{\"@deflated\": \"" + data + "\", \"@correlation\": \"" + operation + "\"}";
		assertThat(serializer.deserialize(normalisedLarge, Chunk.class)).isEqualTo(large);
	}

	@Test
	void anEventPreparedInAnotherThreadIsNotSerialisedAgainWhenPublished() throws Exception {
		var calls = new java.util.concurrent.atomic.AtomicInteger();
		var counting = new PlatformEventSerializer(() -> {
			calls.incrementAndGet();
			return MAPPER;
		});
		var event = chunk(tenant, UUID.randomUUID(), 5_000);
		var preparing = new Thread(() -> counting.prepare(event));
		preparing.start();
		preparing.join();
		assertThat(calls).hasValue(1);
		Object stored = counting.serialize(event);
		assertThat(counting.serialize(event)).isSameAs(stored);
		assertThat(calls).as("serialised once, before publishing").hasValue(1);
		// an equal event that was not prepared is serialised when published
		counting.serialize(new Chunk(event.tenantId(), event.operation(), event.items()));
		assertThat(calls).hasValue(2);
		assertThat(counting.deserialize(stored, Chunk.class)).isEqualTo(event);
	}
}
