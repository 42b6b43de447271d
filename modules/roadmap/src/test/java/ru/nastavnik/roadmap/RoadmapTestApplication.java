package ru.nastavnik.roadmap;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the roadmap module alone (with the platform) for its module tests. */
@SpringBootApplication
public class RoadmapTestApplication {
}
