package ru.nastavnik;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.modulith.Modulithic;

/**
 * Boots the publication module alone, with the platform, for its module and web tests. It sits in the application's
 * root package so that Spring Modulith sees the same module arrangement as the whole application — only fewer modules
 * on the classpath — and {@code @ApplicationModuleTest} in {@code ru.nastavnik.publication} tests exactly that module.
 * Component and repository scanning stay limited to this module: the other modules' jars are on the classpath for
 * their event types only, and their beans must not start here.
 */
@SpringBootApplication(scanBasePackages = "ru.nastavnik.publication")
@EnableJdbcRepositories(basePackages = "ru.nastavnik.publication")
@Modulithic(sharedModules = "platform")
public class PublicationModuleTestApplication {
}
