package ru.nastavnik.platform.events;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.platform.EventProgress;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's part of the event publication registry: how events are stored ({@link PlatformEventSerializer},
 * in place of Spring Modulith's own JSON serializer, which it extends) and how an operation follows its events'
 * listeners ({@link EventProgress}).
 */
@AutoConfiguration(beforeName = "org.springframework.modulith.events.jackson.JacksonEventSerializationConfiguration",
		afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration")
public class PlatformEventsConfiguration {

	@Bean
	PlatformEventSerializer platformEventSerializer(ObjectProvider<JsonMapper> mapper) {
		// the application's mapper when there is one, else the one Spring Modulith would build
		JsonMapper fallback = JsonMapper.builder().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();
		return new PlatformEventSerializer(() -> mapper.getIfAvailable(() -> fallback));
	}

	@Bean
	EventProgress eventProgress(JdbcTemplate jdbc) {
		return new JdbcEventProgress(jdbc);
	}
}
