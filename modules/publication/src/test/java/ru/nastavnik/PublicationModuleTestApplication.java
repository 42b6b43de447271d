package ru.nastavnik;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Boots the publication module alone, with the platform, for its module tests. It sits in the application's root package so
 * that Spring Modulith sees the same module arrangement as the whole application — only fewer modules on the
 * classpath — and `@ApplicationModuleTest` in `ru.nastavnik.publication` tests exactly that module.
 */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
public class PublicationModuleTestApplication {
}
