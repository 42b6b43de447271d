package ru.nastavnik.registry.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The tenant's catalogues. */
public interface CatalogueRepository extends ListCrudRepository<CatalogueItem, UUID> {

    List<CatalogueItem> findByKindOrderByTitle(CatalogueKind kind);
}
