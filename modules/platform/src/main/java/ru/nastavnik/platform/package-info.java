/**
 * The platform: Nastavnik's shared kernel. Tenants and regions, accounts and roles, the tenant context and its
 * enforcement by PostgreSQL row-level security, the embedded database, per-module migrations, security, the web
 * shell and the problem-details error model.
 * <p>
 * It is an <em>open</em> module: every business module may use it, and it uses none of them. Its API for the
 * business modules is this package: {@link ru.nastavnik.platform.TenantId}, {@link ru.nastavnik.platform.TenantContext},
 * {@link ru.nastavnik.platform.TenantScopedEvent}, {@link ru.nastavnik.platform.CurrentUser},
 * {@link ru.nastavnik.platform.TenantDirectory}, the navigation SPI and the error types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Платформа", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ru.nastavnik.platform;
