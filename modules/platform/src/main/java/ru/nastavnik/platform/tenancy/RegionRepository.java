package ru.nastavnik.platform.tenancy;

import org.springframework.data.repository.ListCrudRepository;

interface RegionRepository extends ListCrudRepository<Region, String> {
}
