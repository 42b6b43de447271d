package ru.nastavnik.platform.db;

/**
 * How to reach the database: as the application role (subject to row-level security) and as the schema owner (runs
 * migrations).
 */
public record DatabaseCoordinates(String url, String appUsername, String appPassword, String ownerUsername,
		String ownerPassword, boolean embedded) {
}
