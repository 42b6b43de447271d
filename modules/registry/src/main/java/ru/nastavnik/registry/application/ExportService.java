package ru.nastavnik.registry.application;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.registry.domain.AuditAction;
import ru.nastavnik.registry.domain.AuditEntry;
import ru.nastavnik.registry.domain.AuditLog;
import ru.nastavnik.registry.domain.ParticipantRow;
import ru.nastavnik.registry.domain.ParticipantStore;

/**
 * The export of the tenant's registry (coordinator only): every participant with a valid processing consent, as rows
 * of the import template, so that the file can be edited and imported again. Anonymised participants and those
 * without consent are not exported: there is no personal data of theirs that may be handed out.
 */
@Service("registryExportService")
public class ExportService {

    private final ParticipantStore store;
    private final OrganizationService organizations;
    private final AuditLog audit;
    private final RegistryAccess access;

    ExportService(ParticipantStore store, OrganizationService organizations, AuditLog audit, RegistryAccess access) {
        this.store = store;
        this.organizations = organizations;
        this.audit = audit;
        this.access = access;
    }

    @Transactional
    public List<ParticipantRow> rows() {
        access.requireCoordinator("Выгрузка реестра");
        List<ParticipantRow> rows = new ArrayList<>();
        store.forEachExportRow(null, organizations.refs(), rows::add);
        audit.record(AuditEntry.of(access.actor(), AuditAction.EXPORTED, null, "выгружено строк: " + rows.size()));
        return rows;
    }
}
