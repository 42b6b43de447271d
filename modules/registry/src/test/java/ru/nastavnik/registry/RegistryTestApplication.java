package ru.nastavnik.registry;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the registry module alone (with the platform) for its module tests. */
@SpringBootApplication
public class RegistryTestApplication {
}
