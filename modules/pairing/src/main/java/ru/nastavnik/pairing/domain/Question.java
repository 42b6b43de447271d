package ru.nastavnik.pairing.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import ru.nastavnik.platform.BusinessRuleProblem;

/**
 * A question of the tenant's compatibility questionnaire, answered by mentors and mentees before pairing: one option
 * or several ({@code multiple}); its weight in the compatibility score.
 */
@Table(schema = "pairing", name = "question")
public class Question {

	@Id
	private UUID id;

	private int position;

	private String code;

	private String text;

	private boolean multiple;

	private List<String> options;

	private double weight;

	private boolean active;

	@Version
	private Integer version;

	Question() {
	}

	public static Question of(int position, String code, String text, boolean multiple, List<String> options, double weight) {
		var q = new Question();
		q.id = UUID.randomUUID();
		q.position = position;
		q.code = code;
		q.active = true;
		q.change(text, multiple, options, weight);
		return q;
	}

	public void change(String text, boolean multiple, List<String> options, double weight) {
		if (text == null || text.isBlank()) {
			throw BusinessRuleProblem.invalid("text", "Укажите текст вопроса");
		}
		if (options == null || options.stream().filter(o -> o != null && !o.isBlank()).count() < 2) {
			throw BusinessRuleProblem.invalid("options", "У вопроса «" + text + "» должно быть не меньше двух вариантов ответа");
		}
		if (!(weight > 0) || weight > 10) {
			throw BusinessRuleProblem.invalid("weight", "Вес вопроса «" + text + "» должен быть от 0 до 10");
		}
		this.text = text.strip();
		this.multiple = multiple;
		this.options = options.stream().filter(o -> o != null && !o.isBlank()).map(String::strip).distinct().toList();
		this.weight = weight;
	}

	public void deactivate() {
		active = false;
	}

	public void moveTo(int newPosition) {
		position = newPosition;
	}

	/** The default questionnaire: communication style, goals, interests, availability. */
	public static List<Question> defaults() {
		return List.of(
				of(1, "communication", "Какой стиль общения вам ближе?", false,
						List.of("спокойное обсуждение, вопросы по ходу", "чёткие задания и короткие встречи",
								"свободный разговор, обмен идеями", "письменное общение, мессенджеры"), 1.0),
				of(2, "goals", "Чего вы хотите добиться в программе наставничества?", true,
						List.of("улучшить успеваемость", "подготовиться к экзаменам и олимпиадам", "выполнить проект",
								"выбрать профессию", "освоиться в новом коллективе", "развить лидерские качества",
								"освоить методики преподавания"), 1.5),
				of(3, "interests", "Какие у вас интересы?", true,
						List.of("естественные науки", "математика и информатика", "гуманитарные предметы", "спорт",
								"творчество и искусство", "техника и робототехника", "общественная деятельность"), 1.0),
				of(4, "availability", "Когда вам удобно встречаться?", true,
						List.of("на переменах", "после уроков в будни", "вечером в будни", "в выходные", "дистанционно"),
						1.5));
	}

	public UUID id() {
		return id;
	}

	public int position() {
		return position;
	}

	public String code() {
		return code;
	}

	public String text() {
		return text;
	}

	public boolean multiple() {
		return multiple;
	}

	public List<String> options() {
		return options;
	}

	public double weight() {
		return weight;
	}

	public boolean active() {
		return active;
	}
}
