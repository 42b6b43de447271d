package ru.nastavnik;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.modulith.Modulithic;

/**
 * Boots the publication module alone (with the platform) for its module and web tests.
 * <p>
 * It sits in {@code ru.nastavnik}, not in {@code ru.nastavnik.publication}: were the module's own package the
 * application's base package, Spring Modulith would take it for the application's root module, which holds only the
 * classes directly in it, and {@code @ApplicationModuleTest} would start none of the module's beans. As in the
 * application, the platform is a shared module, so module tests include it. Component and
 * repository scanning stay limited to this module (the other modules' jars are on the classpath for their events).
 */
@SpringBootApplication(scanBasePackages = "ru.nastavnik.publication")
@EnableJdbcRepositories(basePackages = "ru.nastavnik.publication")
@Modulithic(systemName = "Наставник: публикации", sharedModules = "platform")
public class PublicationTestApplication {
}
