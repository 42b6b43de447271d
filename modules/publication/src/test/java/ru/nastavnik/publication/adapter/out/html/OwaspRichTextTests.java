package ru.nastavnik.publication.adapter.out.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwaspRichTextTests {

	final OwaspRichText sanitizer = new OwaspRichText();

	@Test
	void keepsBasicFormattingListsAndHeadings() {
		String html = "<h2>Итоги</h2><p><b>Жирный</b>, <strong>важный</strong>, <i>курсив</i>, <em>акцент</em>, <u>u</u><br>"
				+ "строка</p><ul><li>один</li></ul><ol><li>два</li></ol><blockquote>цитата</blockquote>";
		assertThat(sanitizer.sanitize(html)).isEqualTo(html.replace("<br>", "<br />"));
	}

	@Test
	void linksGetNofollowAndOnlySafeProtocols() {
		assertThat(sanitizer.sanitize("<a href=\"https://example.org/x\">сайт</a>"))
			.contains("href=\"https://example.org/x\"").contains("rel=\"nofollow");
		assertThat(sanitizer.sanitize("<a href=\"javascript:alert(1)\">x</a>")).doesNotContain("javascript").contains("x");
	}

	@Test
	void dropsScriptsStylesFramesAndHandlers() {
		String clean = sanitizer.sanitize("<p onclick=\"evil()\" style=\"color:red\">Текст</p><script>alert(1)</script>"
				+ "<style>body{display:none}</style><iframe src=\"https://evil\"></iframe><img src=x onerror=alert(1)>"
				+ "<form action=\"/x\"><input name=a></form>");
		assertThat(clean).isEqualTo("<p>Текст</p>");
	}

	@Test
	void blankIsNothing() {
		assertThat(sanitizer.sanitize("  ")).isNull();
		assertThat(sanitizer.sanitize("<script>x</script>")).isNull();
		assertThat(sanitizer.sanitize(null)).isNull();
	}
}
