package ru.nastavnik.pairing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A participant's answer to one question: the options chosen. Sensitive: curators only, never in an event. */
@Table(schema = "pairing", name = "answer")
public class Answer {

	@Id
	private UUID id;

	private UUID participantId;

	private UUID questionId;

	private List<String> chosen;

	private LocalDate answeredOn;

	@Version
	private Integer version;

	Answer() {
	}

	public static Answer of(UUID participantId, UUID questionId, List<String> chosen, LocalDate answeredOn) {
		var a = new Answer();
		a.id = UUID.randomUUID();
		a.participantId = participantId;
		a.questionId = questionId;
		a.change(chosen, answeredOn);
		return a;
	}

	public void change(List<String> values, LocalDate on) {
		chosen = List.copyOf(values);
		answeredOn = on;
	}

	public UUID participantId() {
		return participantId;
	}

	public UUID questionId() {
		return questionId;
	}

	public List<String> chosen() {
		return chosen;
	}

	public LocalDate answeredOn() {
		return answeredOn;
	}
}
