package ru.nastavnik.publication.domain;

/** The file types an attachment or document may have, as recognised from their content. */
public enum FileType {
	PDF("PDF", "application/pdf", "pdf"),
	PNG("PNG", "image/png", "png"),
	JPEG("JPEG", "image/jpeg", "jpg"),
	DOCX("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String label;

	private final String mediaType;

	private final String extension;

	FileType(String label, String mediaType, String extension) {
		this.label = label;
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String label() {
		return label;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	public boolean isImage() {
		return this == PNG || this == JPEG;
	}
}
