package ru.nastavnik.platform.tenancy;

/** A region (субъект РФ) whose ministry watches its municipalities. */
public record Region(String code, String name) {
}
