package ru.nastavnik.registry.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.platform.EventProgress;
import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.platform.PreparedEvents;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.registry.ParticipantSnapshot;
import ru.nastavnik.registry.ParticipantsChanged;
import ru.nastavnik.registry.ParticipantsImported;
import ru.nastavnik.registry.ParticipantsRegistered;
import ru.nastavnik.registry.domain.Actor;
import ru.nastavnik.registry.domain.ImportFollowUp;
import ru.nastavnik.registry.domain.ImportJob;
import ru.nastavnik.registry.domain.ImportJobStore;
import ru.nastavnik.registry.domain.ImportResult;
import ru.nastavnik.registry.domain.ImportStatus;
import ru.nastavnik.registry.domain.ImportValidation;
import ru.nastavnik.registry.domain.OrganisationDirectory;
import ru.nastavnik.registry.domain.Participant;
import ru.nastavnik.registry.domain.ParticipantFileReader;
import ru.nastavnik.registry.domain.ParticipantRow;
import ru.nastavnik.registry.domain.ParticipantStore;
import ru.nastavnik.registry.domain.UpsertOutcome;

/**
 * Bulk import of participant lists. A file is validated as a whole first (all-or-nothing, every error by row and
 * column); only an accepted file is written, in one transaction, by natural key, with its events in chunks — a
 * {@link ParticipantsRegistered} / {@link ParticipantsChanged} per {@value #EVENT_CHUNK} created / changed participants
 * and one {@link ParticipantsImported} — correlated by the import's id, so that the job can tell when every listening
 * module has handled them ({@link #job(UUID)}). Pages run the import as a background job and poll its progress; the
 * API may run it in the request.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    static final int PROGRESS_EVERY = 2_000;

    /** Participants per chunk event. */
    static final int EVENT_CHUNK = 5_000;

    private final ParticipantFileReader reader;
    private final ParticipantStore store;
    private final ImportJobStore jobs;
    private final OrganizationService organizations;
    private final ApplicationEventPublisher events;
    private final RegistryAccess access;
    private final EventProgress progress;
    private final PreparedEvents prepared;
    private final TransactionTemplate tx;
    /** Builds and serialises an import's chunk events while the import's thread waits for the database. */
    private final ExecutorService eventBuilder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "registry-import-events");
        t.setDaemon(true);
        return t;
    });
    /** One import at a time per instance: they are heavy, and two writes of the same list would contend anyway. */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "registry-import");
        t.setDaemon(true);
        return t;
    });

    ImportService(ParticipantFileReader reader, ParticipantStore store, ImportJobStore jobs,
                  OrganizationService organizations, ApplicationEventPublisher events, RegistryAccess access,
                  EventProgress progress, PreparedEvents prepared, PlatformTransactionManager transactions) {
        this.reader = reader;
        this.store = store;
        this.jobs = jobs;
        this.organizations = organizations;
        this.events = events;
        this.access = access;
        this.progress = progress;
        this.prepared = prepared;
        // the job's bookkeeping commits on its own, whatever transaction a caller may be in
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        executor.shutdownNow();
        eventBuilder.shutdownNow();
    }

    /** An uploaded file waiting to be imported (a temporary copy; deleted when the import ends). */
    public record Upload(String fileName, Path file) {
    }

    /** Starts an import in the background and returns its id at once; {@link #job(UUID)} tells its progress. */
    public UUID start(Upload upload) {
        Context ctx = context();
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(s -> jobs.create(id, fileName(upload), ctx.actor()));
        executor.submit(() -> TenantContext.run(ctx.tenant(), () -> run(id, upload, ctx)));
        return id;
    }

    /** Imports in the calling thread and returns the finished job (its errors when the file was rejected). */
    public ImportJob importNow(Upload upload) {
        Context ctx = context();
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(s -> jobs.create(id, fileName(upload), ctx.actor()));
        run(id, upload, ctx);
        return job(id);
    }

    /**
     * The job, and for a written import whether the other modules have handled its events yet: its event publications
     * still in flight in the event publication registry, by module.
     */
    public ImportJob job(UUID id) {
        ImportJob job = tx.execute(s -> jobs.find(id)).orElseThrow(() -> new NotFoundProblem("Импорт не найден"));
        if (access.user().isSchoolCurator() && !job.username().equals(access.user().username())) {
            throw new NotFoundProblem("Импорт не найден");
        }
        if (job.status() != ImportStatus.DONE || job.eventPublications() == null) {
            return job;
        }
        EventProgress.Progress pending = progress.of(id);
        return job.withFollowUp(new ImportFollowUp(job.eventPublications(), pending.publications(), pending.failed(),
                pending.modules()));
    }

    public List<ImportJob> recent() {
        var user = access.user();
        return tx.execute(s -> jobs.recent(20)).stream().filter(j -> user.isCoordinator() || j.username().equals(user.username()))
                .toList();
    }

    private record Context(TenantId tenant, Actor actor, LocalDate today, java.util.Optional<UUID> scope) {
    }

    private Context context() {
        return new Context(access.tenant(), access.actor(), access.today(), access.scope());
    }

    private static String fileName(Upload upload) {
        String name = upload.fileName() == null || upload.fileName().isBlank() ? "файл" : upload.fileName();
        return name.length() > 300 ? name.substring(0, 300) : name;
    }

    private void run(UUID id, Upload upload, Context ctx) {
        try {
            tx.executeWithoutResult(s -> jobs.progress(id, ImportStatus.VALIDATING, 0));
            OrganisationDirectory directory = directory(ctx);
            ImportValidation validation = new ImportValidation(directory, ctx.today()).onProgress(PROGRESS_EVERY,
                    n -> tx.executeWithoutResult(s -> jobs.progress(id, ImportStatus.VALIDATING, n)));
            ImportResult result;
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(upload.file())) {
                result = reader.read(in, validation);
            }
            log.info("Import {}: {} rows read and validated in {} ms", id, validation.dataRows(),
                    (System.nanoTime() - start) / 1_000_000);
            if (result instanceof ImportResult.Rejected rejected) {
                tx.executeWithoutResult(s -> jobs.rejected(id, rejected.report(), validation.dataRows()));
                return;
            }
            List<ParticipantRow> rows = ((ImportResult.Accepted) result).rows();
            tx.executeWithoutResult(s -> jobs.writing(id, rows.size()));
            tx.executeWithoutResult(s -> {
                write(rows, id, fileName(upload), ctx);
            });
        } catch (IOException | RuntimeException e) {
            log.warn("Import {} failed", id, e);
            tx.executeWithoutResult(s -> jobs.failed(id, "Сбой при загрузке: " + e.getMessage()));
        } finally {
            try {
                Files.deleteIfExists(upload.file());
            } catch (IOException e) {
                log.warn("Could not delete {}", upload.file(), e);
            }
        }
    }

    /** A school curator's file may name only their own organisation: the others are «unknown» to it. */
    private OrganisationDirectory directory(Context ctx) {
        OrganisationDirectory all = tx.execute(s -> organizations.directory());
        if (ctx.scope().isEmpty()) {
            return all;
        }
        String own = ctx.scope().get().toString();
        return cell -> all.findByShortName(cell).filter(ref -> ref.id().equals(own));
    }

    /**
     * Writes accepted rows and publishes the events; runs inside the caller's transaction. The created participants'
     * chunk events are built and serialised in another thread as their chunks are written, while this one waits for
     * the database (see {@link #publish}).
     */
    UpsertOutcome write(List<ParticipantRow> rows, UUID importId, String fileName, Context ctx) {
        long start = System.nanoTime();
        List<Future<ParticipantsRegistered>> registered = new ArrayList<>();
        UpsertOutcome outcome;
        try {
            outcome = store.upsert(rows, importId, ctx.today(), ctx.actor(), (written, created) -> {
                tx.executeWithoutResult(s -> jobs.written(importId, written));
                if (!created.isEmpty()) {
                    registered.add(eventBuilder.submit(() -> registered(created, importId, ctx.tenant(), ctx.today())));
                }
            });
        } catch (RuntimeException e) {
            registered.forEach(f -> f.cancel(true));
            throw e;
        }
        long written = System.nanoTime();
        publish(rows, importId, outcome, registered, ctx.tenant(), ctx.today());
        // the publications are in this transaction: how many the import's events were stored as, one per chunk per
        // listening module (none in a module's tests, where nobody listens)
        int publications = progress.of(importId).publications();
        jobs.done(importId, rows.size(), outcome, publications);
        log.info("Import {}: {} rows written in {} ms, events published in {} ms ({} event publications)", importId,
                rows.size(), (written - start) / 1_000_000, (System.nanoTime() - written) / 1_000_000, publications);
        return outcome;
    }

    /**
     * The chunk event of participants a chunk of rows created, serialised for the event publication registry right
     * away ({@link PreparedEvents}): a created participant is exactly its row ({@link Participant#registeredFrom}), so
     * it is not read back.
     */
    private ParticipantsRegistered registered(List<Map.Entry<UUID, ParticipantRow>> created, UUID importId,
                                              TenantId tenant, LocalDate today) {
        List<ParticipantSnapshot> snapshots = new ArrayList<>(created.size());
        for (Map.Entry<UUID, ParticipantRow> c : created) {
            snapshots.add(Participant.registeredFrom(c.getKey(), tenant.value(), c.getValue(), today).snapshot(today));
        }
        var event = new ParticipantsRegistered(tenant, importId, UUID.randomUUID(), snapshots);
        prepared.prepare(event);
        return event;
    }

    /**
     * The import's events: its created participants in {@link ParticipantsRegistered} chunks (one per chunk the store
     * wrote, at most {@value #EVENT_CHUNK}, built meanwhile), its changed ones in {@link ParticipantsChanged} chunks of
     * {@value #EVENT_CHUNK} — read back, since what a changed one had before (consents, trainings, notes, status) is
     * part of its snapshot — then one {@link ParticipantsImported}; all with the import's id as their correlation.
     */
    private void publish(List<ParticipantRow> rows, UUID importId, UpsertOutcome outcome,
                         List<Future<ParticipantsRegistered>> registered, TenantId tenant, LocalDate today) {
        for (Future<ParticipantsRegistered> chunk : registered) {
            try {
                events.publishEvent(chunk.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing the import's events", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        List<UUID> updated = outcome.updated();
        for (int from = 0; from < updated.size(); from += EVENT_CHUNK) {
            List<ParticipantSnapshot> changed = store.findAll(updated.subList(from,
                    Math.min(updated.size(), from + EVENT_CHUNK))).stream().map(p -> p.snapshot(today)).toList();
            events.publishEvent(new ParticipantsChanged(tenant, importId, UUID.randomUUID(), changed));
        }
        Map<ru.nastavnik.registry.ParticipantCategory, Integer> byCategory = new EnumMap<>(ru.nastavnik.registry.ParticipantCategory.class);
        Map<ru.nastavnik.registry.ParticipantRole, Integer> byRole = new EnumMap<>(ru.nastavnik.registry.ParticipantRole.class);
        Set<String> organisations = new HashSet<>();
        String organisationName = null;
        for (ParticipantRow r : rows) {
            byCategory.merge(ru.nastavnik.registry.ParticipantCategory.valueOf(r.category().name()), 1, Integer::sum);
            if (r.role().isMentor()) {
                byRole.merge(ru.nastavnik.registry.ParticipantRole.MENTOR, 1, Integer::sum);
            }
            if (r.role().isMentee()) {
                byRole.merge(ru.nastavnik.registry.ParticipantRole.MENTEE, 1, Integer::sum);
            }
            organisations.add(r.organisation().id());
            organisationName = r.organisation().shortName();
        }
        boolean single = organisations.size() == 1;
        events.publishEvent(new ParticipantsImported(tenant, importId,
                single ? UUID.fromString(organisations.iterator().next()) : null, single ? organisationName : null,
                outcome.created().size(), outcome.updated().size(), outcome.unchanged(), byCategory, byRole, today));
    }

    /** For the demo data: writes rows as an import by the system, in the caller's transaction. */
    UpsertOutcome writeAsSystem(List<ParticipantRow> rows, String fileName, LocalDate today) {
        UUID id = UUID.randomUUID();
        Actor system = new Actor(null, "system");
        jobs.create(id, fileName, system);
        return write(rows, id, fileName, new Context(TenantContext.require(), system, today, java.util.Optional.empty()));
    }
}
