package org.paintreatment.library.web.article;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.taxonomy.TermKind;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facet value's markup is rendered once per variant with holes for its counts; filled in, it is
 * the markup the fragment gives for the value itself, markup in a name stays text, and a renamed
 * term shows its new name.
 */
class FacetChoicesTest {

	static final SpringTemplateEngine TEMPLATES = templates();

	final FacetChoices choices = new FacetChoices(TEMPLATES);

	@Test
	void filledHolesGiveWhatTheFragmentGivesForTheValueItself() {
		List<FacetView.Value> values = List.of(new FacetView.Value("kratom", "Kratom", 12, false, -1, null),
				new FacetView.Value("kratom", "Kratom", 1, false, -1, null),
				new FacetView.Value("kratom", "Kratom", 3, true, -1, null),
				new FacetView.Value("ketamine", "Ketamine", 4, false, 2, null),
				new FacetView.Value("ketamine", "Ketamine", 0, true, -1, FacetView.zeroNote(true)),
				new FacetView.Value("ketamine", "Ketamine", 0, true, -1, FacetView.zeroNote(false)),
				new FacetView.Value("heat", "Heat <b>&</b> \"warmth\"", 7, false, 1, null));
		for (TermKind kind : List.of(TermKind.TREATMENT, TermKind.CAVEAT)) {
			for (FacetView.Value value : values) {
				assertThat(choices.html(kind, value)).as(kind + " " + value).isEqualTo(direct(kind, value));
			}
		}
	}

	@Test
	void markupInANameStaysText() {
		Element item = parse(choices.html(TermKind.MECHANISM,
				new FacetView.Value("odd", "<script>alert(1)</script> & more", 2, true, -1, null)));
		assertThat(item.select("script")).isEmpty();
		assertThat(item.selectFirst("label span").text()).isEqualTo("<script>alert(1)</script> & more");
		assertThat(item.selectFirst("input").attr("id")).isEqualTo("mechanism-odd");
		assertThat(item.selectFirst("input").hasAttr("checked")).isTrue();
		assertThat(item.selectFirst(".count").text()).isEqualTo("(2)");
		assertThat(item.selectFirst(".visually-hidden").text()).isEqualTo("2 articles");
		assertThat(item.select(".zero-note")).isEmpty();
	}

	@Test
	void eachPageFillsItsOwnCountsAndARenamedTermShowsItsNewName() {
		Element first = parse(choices.html(TermKind.TREATMENT, new FacetView.Value("tens", "TENS", 5, false, 3, null)));
		Element second = parse(
				choices.html(TermKind.TREATMENT, new FacetView.Value("tens", "TENS", 0, true, -1, "no article has it yet")));
		Element renamed = parse(choices.html(TermKind.TREATMENT,
				new FacetView.Value("tens", "Electrical nerve stimulation", 9, false, -1, null)));
		assertThat(first.selectFirst(".count").text()).isEqualTo("+3");
		assertThat(first.selectFirst(".visually-hidden").text()).isEqualTo("would add 3 articles");
		assertThat(first.selectFirst("input").hasAttr("checked")).isFalse();
		assertThat(second.selectFirst(".zero-note").text()).isEqualTo("— no article has it yet");
		assertThat(second.selectFirst("input").hasAttr("checked")).isTrue();
		assertThat(renamed.selectFirst("label span").text()).isEqualTo("Electrical nerve stimulation");
		assertThat(renamed.selectFirst(".count").text()).isEqualTo("(9)");
	}

	private static String direct(TermKind kind, FacetView.Value value) {
		Context model = new Context(Locale.ENGLISH, Map.of("kind", kind, "value", value));
		return TEMPLATES.process("fragments/articles", Set.of("facet-value"), model).strip();
	}

	private static Element parse(String html) {
		return Jsoup.parseBodyFragment("<ul>" + html + "</ul>").selectFirst("li");
	}

	private static SpringTemplateEngine templates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
