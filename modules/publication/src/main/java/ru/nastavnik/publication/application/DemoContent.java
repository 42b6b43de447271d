package ru.nastavnik.publication.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.web.RussianFormats;
import ru.nastavnik.publication.CasePublished;
import ru.nastavnik.publication.domain.Publication;
import ru.nastavnik.publication.domain.PublicationKind;
import ru.nastavnik.publication.domain.Publications;
import ru.nastavnik.publication.domain.RichText;

/**
 * Demo content of the four product municipalities, after what their seed documents say they publish: two news items
 * and one best-practice case each, published. No real people are named. Loaded once (by demo key).
 */
@Service
@Transactional
public class DemoContent {

	record Item(String key, PublicationKind kind, String title, String summary, String body, String formCode,
			String problem, String actions, String results, List<String> tags, int daysAgo) {
	}

	static final Map<String, List<Item>> CONTENT = Map.of(
			"sasovo", List.of(
					news("sasovo-news-1", "Опубликованы результаты мониторинга программ наставничества",
							"Управление образования подвело итоги мониторинга качества реализации программ наставничества в школах района.",
							"<p>По итогам мониторинга качества реализации программ наставничества в образовательных организациях "
									+ "Сасовского района подготовлена аналитическая справка. Результаты и лучшие наставники "
									+ "публикуются в разделе «Целевая модель наставничества» и в районных СМИ.</p>", 20),
					news("sasovo-news-2", "Создаётся база данных лучших практик наставничества",
							"Школы района направляют описания успешных практик наставничества для муниципальной базы.",
							"<p>Кураторы образовательных организаций готовят описания практик по единой форме: проблема, "
									+ "что сделано, результаты. Одобренные практики публикуются в разделе «Лучшие практики».</p>", 6),
					kase("sasovo-case-1", "«Учитель – ученик»: сопровождение подготовки к олимпиадам", "TEACHER_PUPIL",
							"<p>Учащиеся сельских школ редко проходят дальше муниципального этапа олимпиад.</p>",
							"<ul><li>наставники-учителя составили индивидуальные планы подготовки;</li>"
									+ "<li>еженедельные консультации, в том числе дистанционные;</li>"
									+ "<li>пробные туры по заданиям прошлых лет.</li></ul>",
							"<p>Число участников регионального этапа выросло; наставляемые отмечают уверенность в своих силах.</p>",
							List.of("олимпиады", "учитель – ученик"), 3)),
			"dagestanskie-ogni", List.of(
					news("ogni-news-1", "Открыты рубрики «Наставничество» на сайтах и в социальных сетях",
							"Во исполнение п. 4.1 дорожной карты созданы специальные рубрики о наставничестве.",
							"<p>На официальных сайтах образовательных учреждений и в их сообществах в социальных сетях созданы "
									+ "рубрики, посвящённые реализации Целевой модели наставничества. Материалы раздела доступны "
									+ "также в виде ленты Atom для размещения на сайтах.</p>", 25),
					news("ogni-news-2", "Информация о реализации Целевой модели наставничества",
							"Размещены материалы о ходе внедрения Целевой модели наставничества в городе.",
							"<p>Управление образования регулярно размещает информацию о реализации Целевой модели "
									+ "наставничества: семинары, формирование наставнических пар, итоги мониторинга.</p>", 8),
					kase("ogni-case-1", "«Учитель – учитель»: адаптация молодых педагогов", "TEACHER_TEACHER",
							"<p>Молодые специалисты испытывают трудности с методикой урока и работой с родителями.</p>",
							"<p>Опытные педагоги провели серию открытых уроков и разборов, совместно подготовили родительские "
									+ "собрания, помогли с рабочими программами.</p>",
							"<p>Все молодые педагоги программы остались работать в школах города.</p>",
							List.of("молодые педагоги", "учитель – учитель"), 4)),
			"sosnovka", List.of(
					news("sosnovka-news-1", "Обмен опытом по внедрению целевой модели наставничества",
							"Проведён семинар для образовательных организаций района.",
							"<p>Образовательные организации района обменялись опытом внедрения целевой модели наставничества: "
									+ "формы наставничества, подбор пар, документы.</p>", 18),
					news("sosnovka-news-2", "Информационное сопровождение внедрения наставничества",
							"Отдел образования публикует материалы о наставничестве в районе.",
							"<p>В разделе размещаются новости, лучшие практики и результаты мониторинга.</p>", 5),
					kase("sosnovka-case-1", "«Ученик – ученик»: помощь в адаптации пятиклассников", "PUPIL_PUPIL",
							"<p>Переход из начальной школы в основную даётся пятиклассникам непросто.</p>",
							"<p>Старшеклассники-наставники сопровождали группы пятиклассников в течение первой четверти.</p>",
							"<p>Снизилось число пропусков и обращений к психологу в период адаптации.</p>",
							List.of("адаптация", "ученик – ученик"), 2)),
			"michurinsk", List.of(
					news("michurinsk-news-1", "Семинар «Особенности внедрения целевой модели наставничества в организациях города Мичуринска»",
							"Состоялся практико-ориентированный семинар для кураторов образовательных организаций.",
							"<p>Кураторы обсудили формы наставничества, тестирование психологической совместимости перед "
									+ "формированием пар и ведение документации.</p>", 15),
					news("michurinsk-news-2", "Формируется база данных программ и лучших практик наставничества",
							"Образовательные организации представляют программы наставничества и кейсы.",
							"<p>Управление народного образования формирует базу данных программ наставничества и лучших "
									+ "практик (кейсов) образовательных организаций города.</p>", 7),
					kase("michurinsk-case-1", "«Работодатель – ученик»: профессиональные пробы на предприятиях города",
							"EMPLOYER_PUPIL",
							"<p>Старшеклассники плохо представляют себе профессии, востребованные в городе.</p>",
							"<p>Наставники — представители предприятий — провели профессиональные пробы и защиту проектов.</p>",
							"<p>Выпускники программы осознаннее выбирают профиль дальнейшего обучения.</p>",
							List.of("профориентация", "работодатель – ученик"), 1)));

	private final Publications publications;

	private final RichText richText;

	private final ApplicationEventPublisher events;

	DemoContent(Publications publications, RichText richText, ApplicationEventPublisher events) {
		this.publications = publications;
		this.richText = richText;
		this.events = events;
	}

	/** Loads the demo content of a product municipality; does nothing for others or when loaded already. */
	public void load(String slug) {
		for (Item item : CONTENT.getOrDefault(slug, List.of())) {
			if (publications.existsDemo(item.key())) {
				continue;
			}
			Instant when = Instant.now().minus(item.daysAgo(), ChronoUnit.DAYS);
			var content = new Publication.Content(item.title(), item.summary(), richText.sanitize(item.body()),
					item.formCode(), null, null, richText.sanitize(item.problem()), richText.sanitize(item.actions()),
					richText.sanitize(item.results()), item.tags(), null);
			var p = Publication.draft(TenantContext.require(), item.kind(), content, null, "Демонстрационные данные", when)
				.demo(item.key());
			if (item.kind() == PublicationKind.CASE) {
				p.submit(when);
				p.approve(when);
			}
			p.publish(when);
			var saved = publications.save(p);
			if (saved.kind() == PublicationKind.CASE) {
				events.publishEvent(new CasePublished(saved.tenantId(), saved.id(), saved.title(), saved.formCode(), null,
						LocalDate.ofInstant(when, RussianFormats.ZONE), saved.recommended()));
			}
		}
	}

	private static Item news(String key, String title, String summary, String body, int daysAgo) {
		return new Item(key, PublicationKind.NEWS, title, summary, body, null, null, null, null, List.of(), daysAgo);
	}

	private static Item kase(String key, String title, String form, String problem, String actions, String results,
			List<String> tags, int daysAgo) {
		return new Item(key, PublicationKind.CASE, title, null, null, form, problem, actions, results, tags, daysAgo);
	}
}
