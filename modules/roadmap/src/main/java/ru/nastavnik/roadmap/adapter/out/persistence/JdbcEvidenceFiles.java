package ru.nastavnik.roadmap.adapter.out.persistence;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.roadmap.domain.tracking.EvidenceFiles;
import ru.nastavnik.roadmap.domain.tracking.StoredFile;

@Repository
class JdbcEvidenceFiles implements EvidenceFiles {

    private final JdbcClient jdbc;

    JdbcEvidenceFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(StoredFile file) {
        jdbc.sql("insert into roadmap.evidence_file (id, tenant_id, file_name, content_type, size, content, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(file.id(), TenantContext.require().value(), file.fileName(), file.contentType(), file.size(),
                        file.content(), Timestamp.from(file.createdAt()))
                .update();
    }

    @Override
    public Optional<StoredFile> byId(UUID id) {
        return jdbc.sql("select id, file_name, content_type, content, created_at from roadmap.evidence_file where id = ?")
                .param(id)
                .query((rs, n) -> new StoredFile(rs.getObject("id", UUID.class), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getBytes("content"), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }
}
