package ru.nastavnik.registry;

/**
 * A participant's name as the consumers inside the same tenant need it: pairing prints it in the pairing order,
 * publication refuses texts naming a registered minor. Never crosses a tenant.
 */
public record PersonName(String surname, String name, String patronymic) {

	public String full() {
		return patronymic == null || patronymic.isBlank() ? surname + " " + name : surname + " " + name + " " + patronymic;
	}
}
