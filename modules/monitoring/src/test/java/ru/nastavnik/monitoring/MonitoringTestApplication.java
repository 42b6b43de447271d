package ru.nastavnik.monitoring;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the monitoring module alone (with the platform) for its module tests. */
@SpringBootApplication
public class MonitoringTestApplication {
}
