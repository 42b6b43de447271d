package ru.nastavnik.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.platform.PlatformSettings;

/** Prints where the application is and, on the demo instance, how to sign in. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final PlatformSettings settings;

	StartupBanner(PlatformSettings settings) {
		this.settings = settings;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		int port = event.getApplicationContext() instanceof WebServerApplicationContext web
				? web.getWebServer().getPort() : 8080;
		var text = new StringBuilder()
			.append("\n\n  Наставник запущен: http://localhost:").append(port).append("/\n")
			.append("  API: http://localhost:").append(port).append("/swagger-ui.html\n");
		if (settings.demo()) {
			text.append("""

					  Демонстрационные учётные записи (пароль у всех: demo):
					    admin               администратор платформы
					    sasovo              координатор, Сасовский муниципальный район (Рязанская область)
					    sosnovka            координатор, Сосновский район (Тамбовская область)
					    michurinsk          координатор, город Мичуринск (Тамбовская область)
					    dagestanskie-ogni   координатор, городской округ «город Дагестанские Огни»
					    minobr-ryazan       министерство образования Рязанской области
					    minobr-tambov       министерство образования Тамбовской области
					    minobr-dagestan     министерство образования Республики Дагестан
					    sasovo-mentor       участник (наставник-педагог), личный кабинет: /t/sasovo/me
					    sasovo-parent       законный представитель наставляемого-школьника, личный кабинет
					""");
		}
		log.info(text.toString());
	}
}
