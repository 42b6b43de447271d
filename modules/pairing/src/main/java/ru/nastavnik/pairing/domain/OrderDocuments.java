package ru.nastavnik.pairing.domain;

/** Port: renders the pairing order as a document. */
public interface OrderDocuments {

	byte[] docx(OrderDocument order);

	byte[] pdf(OrderDocument order);
}
