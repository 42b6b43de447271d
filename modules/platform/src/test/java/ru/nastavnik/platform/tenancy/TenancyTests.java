package ru.nastavnik.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.TenantCreated;

@SpringBootTest
@RecordApplicationEvents
class TenancyTests {

	@Autowired
	TenancyService tenancy;

	@Autowired
	ApplicationEvents events;

	@Test
	void theFourMunicipalitiesShipWithTheirRegions() {
		assertThat(tenancy.all()).extracting(t -> t.slug() + "/" + t.regionCode())
			.containsExactlyInAnyOrder("sasovo/ryazan", "sosnovka/tambov", "michurinsk/tambov",
					"dagestanskie-ogni/dagestan");
		assertThat(tenancy.inRegion("tambov")).extracting(t -> t.slug()).containsExactlyInAnyOrder("sosnovka", "michurinsk");
	}

	@Test
	void demoAccountsExistOnTheEmbeddedDatabase() {
		assertThat(tenancy.findAccount("sasovo")).hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.COORDINATOR));
		assertThat(tenancy.findAccount("minobr-tambov"))
			.hasValueSatisfying(a -> assertThat(a.regionCode()).isEqualTo("tambov"));
		assertThat(tenancy.findAccount("admin")).hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.PLATFORM_ADMIN));
	}

	@Test
	void creatingATenantPublishesTenantCreated() {
		var created = tenancy.createTenant(new TenancyService.NewTenant("kasimov", "Касимовский район", "ryazan",
				"Управление образования Касимовского района"), false);
		assertThat(created.regionName()).isEqualTo("Рязанская область");
		assertThat(events.stream(TenantCreated.class)).singleElement()
			.satisfies(e -> assertThat(e.slug()).isEqualTo("kasimov"));
	}

	@Test
	void aDuplicateSlugIsAConflictWithAClearMessage() {
		assertThatThrownBy(() -> tenancy.createTenant(new TenancyService.NewTenant("sasovo", "Сасово", "ryazan", "УО"), false))
			.isInstanceOfSatisfying(BusinessRuleProblem.class, e -> {
				assertThat(e.kind()).isEqualTo(BusinessRuleProblem.Kind.CONFLICT);
				assertThat(e.errors()).extracting(BusinessRuleProblem.FieldError::message)
					.containsExactly("Муниципалитет с кодом «sasovo» уже существует");
			});
	}

	@Test
	void slugsAreValidatedAndReservedWordsRefused() {
		for (String bad : new String[] { "Sasovo", "1abc", "a", "with space", "trailing-", "double--hyphen", "кириллица", "admin", "public" }) {
			assertThatThrownBy(() -> tenancy.createTenant(new TenancyService.NewTenant(bad, "Имя", "ryazan", "УО"), false))
				.as(bad)
				.isInstanceOfSatisfying(BusinessRuleProblem.class,
						e -> assertThat(e.errors()).extracting(BusinessRuleProblem.FieldError::field).contains("slug"));
		}
	}

	@Test
	void aRefusedCoordinatorLeavesNoHalfCreatedTenant() {
		assertThatThrownBy(() -> tenancy.createTenantWithCoordinator(
				new TenancyService.NewTenant("ryazhsk", "Ряжский район", "ryazan", "УО Ряжского района"),
				new TenancyService.NewAccount("sasovo", "secret", "Занятое имя", Role.COORDINATOR, null, null, null)))
			.isInstanceOfSatisfying(BusinessRuleProblem.class, e -> assertThat(e.errors())
				.extracting(BusinessRuleProblem.FieldError::field).containsExactly("coordinatorUsername"));
		assertThat(tenancy.bySlug("ryazhsk")).isEmpty();
	}
}
