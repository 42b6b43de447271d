package ru.nastavnik.platform;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Adds the platform's package to the auto-configuration packages (so that its Spring Data repositories are found)
 * unless the application's own package already covers it — the whole app does, a module's test does not.
 */
class PlatformPackageRegistrar implements ImportBeanDefinitionRegistrar {

	static final String PACKAGE = "ru.nastavnik.platform";

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		boolean covered = AutoConfigurationPackages.has((org.springframework.beans.factory.BeanFactory) registry)
				&& AutoConfigurationPackages.get((org.springframework.beans.factory.BeanFactory) registry).stream()
					.anyMatch(p -> PACKAGE.equals(p) || PACKAGE.startsWith(p + "."));
		if (!covered) {
			AutoConfigurationPackages.register(registry, PACKAGE);
		}
	}
}
