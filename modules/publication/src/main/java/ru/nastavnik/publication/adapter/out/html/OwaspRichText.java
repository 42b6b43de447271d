package ru.nastavnik.publication.adapter.out.html;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

import ru.nastavnik.publication.domain.RichText;

/**
 * The rich-text policy of posts and cases, on the OWASP Java HTML Sanitizer: paragraphs and line breaks, bold,
 * italic, underline, strike-through, headings h2–h4, block quotes, lists, simple tables, and links to http(s) and
 * mailto that get {@code rel="nofollow noopener noreferrer"}. Everything else — scripts, styles, iframes, event
 * handlers, images, forms — is dropped; the text inside dropped elements (but not of scripts or styles) remains.
 */
@Component
public class OwaspRichText implements RichText {

	static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "b", "strong", "i", "em", "u", "s", "sub", "sup", "h2", "h3", "h4", "blockquote",
				"ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td")
		.allowElements("a")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href").onElements("a")
		.requireRelNofollowOnLinks()
		.toFactory();

	@Override
	public String sanitize(String html) {
		if (html == null || html.isBlank()) {
			return null;
		}
		String clean = POLICY.sanitize(html).strip();
		return clean.isEmpty() ? null : clean;
	}
}
