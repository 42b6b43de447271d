package ru.nastavnik.publication;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the publication module alone (with the platform) for its module tests. */
@SpringBootApplication
public class PublicationTestApplication {
}
