package ru.nastavnik.pairing.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the order document shows: the heading, the programme and its period, and the table of pairs and groups with
 * their form. Names come from the candidate projection.
 */
public record OrderDocument(String authority, String organization, String number, LocalDate date, boolean issued,
		String programmeTitle, LocalDate programmeFrom, LocalDate programmeTo, List<Row> rows) {

	/** One pair or group: mentor and mentees (several for a group). */
	public record Row(int position, String formName, String mentor, String mentorCategory, List<String> mentees,
			LocalDate from, LocalDate to) {
	}
}
