package ru.nastavnik.platform;

/**
 * Instance-wide settings the modules may read.
 *
 * @param demo           whether demo data and demo accounts are loaded (default: on the embedded database only)
 * @param bootstrapAdmin the first administrator for an external database
 */
public record PlatformSettings(boolean demo, BootstrapAdmin bootstrapAdmin) {

	public record BootstrapAdmin(String username, String password) {
	}
}
