package ru.nastavnik.platform.tenancy;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A region (субъект РФ) whose ministry watches its municipalities. */
@Table(schema = "platform", name = "region")
public record Region(@Id String code, String name) {
}
