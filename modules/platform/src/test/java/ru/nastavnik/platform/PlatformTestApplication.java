package ru.nastavnik.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the platform alone for its own tests. */
@SpringBootApplication
public class PlatformTestApplication {
}
