package ru.nastavnik.pairing.domain;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface TenantSettingsRepository extends ListCrudRepository<TenantSettings, UUID> {
}
