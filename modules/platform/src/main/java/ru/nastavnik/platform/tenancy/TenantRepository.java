package ru.nastavnik.platform.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface TenantRepository extends ListCrudRepository<Tenant, UUID> {

	Optional<Tenant> findBySlug(String slug);

	List<Tenant> findByRegionCodeOrderByName(String regionCode);

	List<Tenant> findAllByOrderByName();
}
