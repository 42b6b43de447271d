package ru.nastavnik.app.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The load generator's scans find exactly what the regular expressions they replace find. */
class ResponseScanTests {

	static final Pattern MARKER = Pattern.compile("(?iu)" + LoadTenant.MARKER_PREFIX + "([а-яё]{2})-");

	static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	@Test
	void realisticResponses() {
		String id = UUID.randomUUID().toString();
		String json = "{\"id\":\"" + id + "\",\"surname\":\"Щюзаб-в\",\"name\":\"Анна\"},{\"surname\":\"ЩЮЗВГ-А\","
				+ "\"organizationId\":\"" + UUID.randomUUID() + "\"}";
		assertThat(markers(json)).containsExactly("аб", "вг").isEqualTo(regexMarkers(json));
		assertThat(ids(json)).hasSize(2).startsWith(id).isEqualTo(regexIds(json));
		String html = "<td><a href=\"/t/load-01/registry/participants/" + id + "\">щюзёЁ-а Мария</a></td>";
		assertThat(markers(html)).containsExactly("ёё").isEqualTo(regexMarkers(html));
		assertThat(ids(html)).containsExactly(id);
	}

	@Test
	void theSameMatchesAsTheRegularExpressionsOnRandomText() {
		var random = new Random(15);
		String alphabet = "ЩщЮюЗзаяёАЯЁбБжЖ-0123456789abcdefABCDEFxyz \"/";
		for (int round = 0; round < 20_000; round++) {
			var text = new StringBuilder();
			int length = random.nextInt(200);
			while (text.length() < length) {
				switch (random.nextInt(12)) {
					case 0 -> text.append(UUID.randomUUID());
					case 1 -> text.append(random.nextBoolean() ? "Щюз" : "щЮЗ");
					case 2 -> text.append(UUID.randomUUID().toString(), 0, random.nextInt(36));
					default -> text.append(alphabet.charAt(random.nextInt(alphabet.length())));
				}
			}
			String s = text.toString();
			assertThat(markers(s)).as(s).isEqualTo(regexMarkers(s));
			assertThat(ids(s)).as(s).isEqualTo(regexIds(s));
		}
	}

	private static List<String> markers(String s) {
		var found = new ArrayList<String>();
		ResponseScan.markers(s, found::add);
		return found;
	}

	private static List<String> ids(String s) {
		var found = new ArrayList<String>();
		ResponseScan.ids(s, found::add);
		return found;
	}

	private static List<String> regexMarkers(String s) {
		var found = new ArrayList<String>();
		Matcher m = MARKER.matcher(s);
		while (m.find()) {
			found.add(m.group(1).toLowerCase(Locale.ROOT));
		}
		return found;
	}

	private static List<String> regexIds(String s) {
		var found = new ArrayList<String>();
		Matcher m = ID.matcher(s);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}
}
