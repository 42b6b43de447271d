package ru.nastavnik.registry.application;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.registry.domain.CatalogueItem;
import ru.nastavnik.registry.domain.CatalogueKind;
import ru.nastavnik.registry.domain.CatalogueRepository;
import ru.nastavnik.registry.domain.TextNormalization;

/** The tenant's catalogues of competencies and requests: read by everybody, edited by the coordinator. */
@Service
public class CatalogueService {

    private final CatalogueRepository items;
    private final RegistryAccess access;

    CatalogueService(CatalogueRepository items, RegistryAccess access) {
        this.items = items;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<CatalogueItem> list(CatalogueKind kind) {
        return items.findByKindOrderByTitle(kind);
    }

    @Transactional
    public CatalogueItem add(CatalogueKind kind, String title) {
        access.requireCoordinator("Изменение справочников");
        if (kind == null) {
            throw BusinessRuleProblem.invalid("kind", "Укажите справочник");
        }
        String t = TextNormalization.clean(title);
        if (t.isEmpty() || t.length() > 200) {
            throw BusinessRuleProblem.invalid("title", "Укажите значение справочника (до 200 символов)");
        }
        if (items.findByKindOrderByTitle(kind).stream().anyMatch(i -> TextNormalization.fold(i.title()).equals(TextNormalization.fold(t)))) {
            throw BusinessRuleProblem.conflict("title", "«" + t + "» уже есть в справочнике");
        }
        return items.save(CatalogueItem.create(access.tenant().value(), kind, t));
    }

    @Transactional
    public void remove(UUID id) {
        access.requireCoordinator("Изменение справочников");
        CatalogueItem item = items.findById(id).orElseThrow(() -> new NotFoundProblem("Значение справочника не найдено"));
        items.delete(item);
    }

    /** Seeds a catalogue idempotently (demo data). */
    @Transactional
    public void ensure(CatalogueKind kind, List<String> titles) {
        var existing = items.findByKindOrderByTitle(kind).stream().map(i -> TextNormalization.fold(i.title()))
                .collect(java.util.stream.Collectors.toSet());
        for (String t : titles) {
            if (existing.add(TextNormalization.fold(t))) {
                items.save(CatalogueItem.create(access.tenant().value(), kind, t));
            }
        }
    }
}
