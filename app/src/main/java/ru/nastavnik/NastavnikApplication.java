package ru.nastavnik;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Nastavnik: one deployable application built from the platform and five business modules (roadmap, registry,
 * pairing, monitoring, publication) that talk to each other only through domain events.
 */
@SpringBootApplication
@Modulithic(systemName = "Наставник", sharedModules = "platform")
public class NastavnikApplication {

	public static void main(String[] args) {
		SpringApplication.run(NastavnikApplication.class, args);
	}
}
