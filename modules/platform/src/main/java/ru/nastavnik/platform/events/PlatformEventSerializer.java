package ru.nastavnik.platform.events;

import java.io.ByteArrayOutputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.springframework.modulith.events.core.EventSerializer;

import ru.nastavnik.platform.CorrelatedEvent;
import ru.nastavnik.platform.PreparedEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How events are written into the event publication registry (the outbox) — Spring Modulith's JSON with the
 * application's {@link JsonMapper}, as its own serializer does, with three additions for events that carry a whole
 * chunk of an import:
 * <ul>
 * <li>An event is serialised once however many listeners it has. Spring Modulith stores one publication per listener
 * and serialises the event for each; the last serialised event of the thread is remembered (by identity), so its
 * second and third publication reuse the text. A publisher may also have it serialised beforehand, in another thread
 * ({@link #prepare(Object)}).</li>
 * <li>A large event (JSON over {@value #DEFLATE_ABOVE} characters) is stored deflated, as
 * {@code {"@deflated":"<base64>"}}: a chunk of 5,000 participants is ≈ 2.6 MB of JSON and ≈ 0.3 MB so stored, which
 * is what the database then writes, hashes (the publication table's hash index) and reads back on a resubmission.</li>
 * <li>A {@link CorrelatedEvent} is stored with its correlation id first, {@code {"@correlation":"<id>", …}}, so that
 * {@link JdbcEventProgress} finds an operation's publications by the text's first characters without reading (or
 * inflating) the rest.</li>
 * </ul>
 * Other events are stored exactly as before: plain JSON. Reading accepts all four forms, also after PostgreSQL's
 * {@code jsonb} has reordered and respaced an envelope's keys (monitoring's journal keeps events so).
 */
public class PlatformEventSerializer implements EventSerializer, PreparedEvents {

	/** Events whose JSON is longer than this many characters are stored deflated. */
	static final int DEFLATE_ABOVE = 32 * 1024;

	static final String CORRELATION = "{\"@correlation\":\"";

	static final String DEFLATED = "\"@deflated\":\"";

	static final String EVENT = "\"@event\":";

	static final String ENVELOPE = "{\"@";

	private final Supplier<JsonMapper> mapper;

	/** The last event this thread serialised, and its text: the next publications of the same event reuse it. */
	private final ThreadLocal<Memo> last = new ThreadLocal<>();

	private record Memo(WeakReference<Object> event, String serialized) {
	}

	/**
	 * At most this many prepared events wait to be published (an event prepared and never published is dropped; an
	 * import of more than 1,000,000 rows has its first chunks serialised again when it publishes them).
	 */
	static final int PREPARED_AT_MOST = 200;

	/** Events prepared ahead of their publication, by identity. */
	private final Map<Identity, String> prepared = new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Identity, String> eldest) {
			return size() > PREPARED_AT_MOST;
		}
	};

	/** An event as a key by identity, not equality (two equal chunks are two events). */
	private record Identity(Object event) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Identity i && i.event == event;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(event);
		}
	}

	public PlatformEventSerializer(Supplier<JsonMapper> mapper) {
		this.mapper = mapper;
	}

	/** The first characters of every stored publication of the operation's events. */
	static String correlationPrefix(UUID correlationId) {
		return CORRELATION + correlationId + "\"";
	}

	@Override
	public void prepare(Object event) {
		String serialized = write(event);
		synchronized (prepared) {
			prepared.put(new Identity(event), serialized);
		}
	}

	@Override
	public Object serialize(Object event) {
		Memo memo = last.get();
		if (memo != null && memo.event().get() == event) {
			return memo.serialized();
		}
		String serialized;
		synchronized (prepared) {
			serialized = prepared.remove(new Identity(event));
		}
		if (serialized == null) {
			serialized = write(event);
		}
		last.set(new Memo(new WeakReference<>(event), serialized));
		return serialized;
	}

	private String write(Object event) {
		String json = mapper.get().writeValueAsString(event);
		UUID correlation = event instanceof CorrelatedEvent c ? c.correlationId() : null;
		if (json.length() <= DEFLATE_ABOVE) {
			return correlation == null ? json : correlationPrefix(correlation) + "," + EVENT + json + "}";
		}
		String packed = Base64.getEncoder().encodeToString(deflate(json.getBytes(StandardCharsets.UTF_8)));
		var out = new StringBuilder(packed.length() + 80);
		out.append(correlation == null ? "{" : correlationPrefix(correlation) + ",");
		return out.append(DEFLATED).append(packed).append("\"}").toString();
	}

	@Override
	public <T> T deserialize(Object serialized, Class<T> type) {
		String text = serialized.toString();
		// an envelope's keys begin with «@», no event's do; its keys may come in any order and spacing (PostgreSQL's
		// jsonb, as monitoring's journal keeps events, normalises both)
		if (!text.startsWith(ENVELOPE)) {
			return mapper.get().readValue(text, type);
		}
		JsonNode envelope = mapper.get().readTree(text);
		JsonNode deflated = envelope.get("@deflated");
		if (deflated != null) {
			return mapper.get().readValue(inflate(Base64.getDecoder().decode(deflated.asString())), type);
		}
		return mapper.get().treeToValue(envelope.get("@event"), type);
	}

	static byte[] deflate(byte[] data) {
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		try {
			deflater.setInput(data);
			deflater.finish();
			var out = new ByteArrayOutputStream(Math.max(64, data.length / 6));
			byte[] buffer = new byte[64 * 1024];
			while (!deflater.finished()) {
				out.write(buffer, 0, deflater.deflate(buffer));
			}
			return out.toByteArray();
		}
		finally {
			deflater.end();
		}
	}

	static byte[] inflate(byte[] data) {
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(data);
			var out = new ByteArrayOutputStream(data.length * 6);
			byte[] buffer = new byte[64 * 1024];
			while (!inflater.finished()) {
				int n = inflater.inflate(buffer);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					throw new IllegalStateException("a deflated event publication is truncated");
				}
				out.write(buffer, 0, n);
			}
			return out.toByteArray();
		}
		catch (DataFormatException e) {
			throw new IllegalStateException("a deflated event publication is damaged", e);
		}
		finally {
			inflater.end();
		}
	}
}
