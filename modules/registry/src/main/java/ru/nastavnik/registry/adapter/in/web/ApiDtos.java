package ru.nastavnik.registry.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ru.nastavnik.registry.ConsentPurpose;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.application.ParticipantForm;
import ru.nastavnik.registry.domain.AuditEntry;
import ru.nastavnik.registry.domain.CatalogueItem;
import ru.nastavnik.registry.domain.Consent;
import ru.nastavnik.registry.domain.Contingent;
import ru.nastavnik.registry.domain.Curator;
import ru.nastavnik.registry.domain.ImportFollowUp;
import ru.nastavnik.registry.domain.ImportJob;
import ru.nastavnik.registry.domain.Organization;
import ru.nastavnik.registry.domain.Participant;
import ru.nastavnik.registry.domain.ParticipantListItem;
import ru.nastavnik.registry.domain.ResultPage;
import ru.nastavnik.registry.domain.RowError;
import ru.nastavnik.registry.domain.TrainingRecord;

/** JSON shapes of the registry's API (dates ISO). */
final class ApiDtos {

    private ApiDtos() {
    }

    record OrganizationDto(UUID id, String name, String shortName, String kind, String kindTitle) {
        static OrganizationDto of(Organization o) {
            return new OrganizationDto(o.id(), o.name(), o.shortName(), o.kind().name(), o.kind().title());
        }
    }

    record OrganizationRequest(String name, String shortName, String kind) {
    }

    record ContingentDto(UUID organizationId, int schoolYear, String schoolYearLabel, int pupilsTotal, int pupils10to19,
                         Integer pupils15to19, int teachers, int youngTeachers, Double youngTeachersShare) {
        static ContingentDto of(Contingent c) {
            return new ContingentDto(c.organizationId(), c.schoolYear(), Contingent.schoolYearLabel(c.schoolYear()),
                    c.pupilsTotal(), c.pupils10to19(), c.pupils15to19(), c.teachers(), c.youngTeachers(),
                    c.youngTeachersShare());
        }
    }

    record ContingentRequest(Integer pupilsTotal, Integer pupils10to19, Integer pupils15to19, Integer teachers,
                             Integer youngTeachers) {
    }

    /** {@code totalExact = false}: counting stopped at {@code total}, there are more. */
    record PageDto<T>(List<T> items, long total, boolean totalExact, int page, int size, int pages) {
        static <S, T> PageDto<T> of(ResultPage<S> page, java.util.function.Function<S, T> map) {
            return new PageDto<>(page.items().stream().map(map).toList(), page.total(), page.totalExact(), page.page(),
                    page.size(), page.pages());
        }
    }

    record ParticipantListDto(UUID id, long number, UUID organizationId, String organization, String fullName,
                              String category, String schoolClass, List<ParticipantRole> roles, boolean youngTeacher,
                              boolean active, String status, boolean anonymised) {
        static ParticipantListDto of(ParticipantListItem i) {
            List<ParticipantRole> roles = new java.util.ArrayList<>();
            if (i.mentor()) {
                roles.add(ParticipantRole.MENTOR);
            }
            if (i.mentee()) {
                roles.add(ParticipantRole.MENTEE);
            }
            return new ParticipantListDto(i.id(), i.number(), i.organizationId(), i.organizationShortName(), i.fullName(),
                    i.category().name(), i.classLabel(), roles, i.youngTeacher(), i.activeInProgrammes(),
                    i.status().name(), i.anonymised());
        }
    }

    record ConsentDto(ConsentPurpose purpose, LocalDate givenOn, boolean byLegalRepresentative,
                      String representativeName, LocalDate withdrawnOn, boolean valid) {
        static ConsentDto of(Consent c) {
            return new ConsentDto(c.purpose(), c.givenOn(), c.byLegalRepresentative(), c.representativeName(),
                    c.withdrawnOn(), c.isValid());
        }
    }

    record TrainingDto(String title, LocalDate completedOn) {
        static TrainingDto of(TrainingRecord t) {
            return new TrainingDto(t.title(), t.completedOn());
        }
    }

    record ParticipantDto(UUID id, long number, UUID organizationId, String category, String surname, String name,
                          String patronymic, LocalDate birthDate, int birthYear, String ageBand, String schoolClass,
                          LocalDate pedagogicalStart, boolean youngTeacher, String company, String email, String phone,
                          List<ParticipantRole> roles, List<String> competencies, String competenciesNote,
                          Integer capacity, boolean positiveExperience, List<TrainingDto> trainings,
                          List<String> requests, String requestsNote, List<ConsentDto> consents, String status,
                          LocalDate joinedOn, LocalDate leftOn, String leftReason, boolean anonymised,
                          boolean activeInProgrammes) {
        static ParticipantDto of(Participant p, LocalDate today) {
            return new ParticipantDto(p.id(), p.number(), p.organizationId(), p.category().name(), p.surname(), p.name(),
                    p.patronymic(), p.birthDate(), p.birthYear(), p.ageBandOn(today).name(), p.classLabel(),
                    p.pedagogicalStart(), p.isYoungTeacherOn(today), p.company(), p.email(), p.phone(),
                    List.copyOf(p.roles()), p.competencies(), p.competenciesNote(), p.capacity(),
                    p.positiveExperience(), p.trainings().stream().map(TrainingDto::of).toList(), p.requests(),
                    p.requestsNote(), p.consents().stream().map(ConsentDto::of).toList(), p.status().name(),
                    p.joinedOn(), p.leftOn(), p.leftReason(), p.anonymised(), p.isActiveInProgrammes());
        }
    }

    /**
     * A participant to create or to change. Validated like a row of an import file. Enumerations: {@code category}
     * PUPIL | STUDENT | TEACHER | EMPLOYER_REPRESENTATIVE, {@code role} MENTOR | MENTEE | MENTOR_AND_MENTEE,
     * {@code consentGiver} SELF | LEGAL_REPRESENTATIVE (the Russian template values are accepted too).
     */
    record ParticipantRequest(String surname, String name, String patronymic, String category, LocalDate birthDate,
                              String schoolClass, UUID organizationId, LocalDate pedagogicalStart, String company,
                              String role, List<String> competencies, Integer capacity, LocalDate trainedOn,
                              List<String> requests, LocalDate consentDate, String consentGiver,
                              String legalRepresentative, String email, String phone) {
        ParticipantForm form() {
            return new ParticipantForm(surname, name, patronymic, category, iso(birthDate), schoolClass,
                    organizationId == null ? "" : organizationId.toString(), iso(pedagogicalStart), company, role,
                    competencies == null ? "" : String.join("; ", competencies),
                    capacity == null ? "" : capacity.toString(), iso(trainedOn),
                    requests == null ? "" : String.join("; ", requests), iso(consentDate), consentGiver,
                    legalRepresentative, email, phone);
        }

        private static String iso(LocalDate d) {
            return d == null ? "" : d.toString();
        }
    }

    record MentorProfileRequest(List<String> competencies, String note, Integer capacity, boolean positiveExperience) {
    }

    record MenteeProfileRequest(List<String> requests, String note) {
    }

    record TrainingRequest(String title, LocalDate completedOn) {
    }

    record ConsentRequest(ConsentPurpose purpose, LocalDate givenOn, boolean byLegalRepresentative,
                          String representativeName) {
    }

    record WithdrawalRequest(LocalDate withdrawnOn) {
    }

    record LeaveRequest(LocalDate leftOn, String reason) {
    }

    record RowErrorDto(int row, String column, String value, String message, String text) {
        static RowErrorDto of(RowError e) {
            return new RowErrorDto(e.row(), e.column(), e.value(), e.message(), e.formatted());
        }
    }

    /**
     * @param rowsWritten       rows written so far while the status is WRITING (of {@code rowsTotal})
     * @param eventPublications how many event publications the written import's events were stored as
     * @param followUp          whether the other sections have handled the import's events ({@code null} unless written)
     */
    record ImportDto(UUID id, String fileName, String username, Instant startedAt, Instant finishedAt, String status,
                     String statusTitle, int rowsProcessed, int created, int updated, int unchanged, int totalErrors,
                     List<RowErrorDto> errors, String message, String outcome, Integer rowsTotal, int rowsWritten,
                     Integer eventPublications, FollowUpDto followUp) {
        static ImportDto of(ImportJob j) {
            return new ImportDto(j.id(), j.fileName(), j.username(), j.startedAt(), j.finishedAt(), j.status().name(),
                    j.status().title(), j.rowsProcessed(), j.created(), j.updated(), j.unchanged(), j.totalErrors(),
                    j.errors().stream().map(RowErrorDto::of).toList(), j.message(), j.outcome(), j.rowsTotal(),
                    j.rowsWritten(), j.eventPublications(), FollowUpDto.of(j.followUp()));
        }
    }

    /**
     * The other sections catching up with a written import: {@code pending} of its {@code publications} event
     * publications not yet handled, by the modules in {@code sections}; {@code failed} of them failed and are retried.
     */
    record FollowUpDto(boolean catchingUp, int publications, int pending, int failed, List<String> sections,
                       String message) {
        static FollowUpDto of(ImportFollowUp f) {
            return f == null ? null : new FollowUpDto(f.catchingUp(), f.publications(), f.pending(), f.failed(),
                    f.sections(), ImportFollowUpText.of(f));
        }
    }

    record AuditDto(UUID id, Instant at, String username, String action, String actionTitle, UUID participantId,
                    String details) {
        static AuditDto of(AuditEntry e) {
            return new AuditDto(e.id(), e.at(), e.username(), e.action().name(), e.action().title(), e.participantId(),
                    e.details());
        }
    }

    record CuratorDto(UUID id, String kind, UUID organizationId, String fullName, String position, String email,
                      String phone, String orderNumber, LocalDate orderDate, UUID accountId) {
        static CuratorDto of(Curator c) {
            return new CuratorDto(c.id(), c.kind().name(), c.organizationId(), c.fullName(), c.position(), c.email(),
                    c.phone(), c.orderNumber(), c.orderDate(), c.accountId());
        }
    }

    record CuratorRequest(String kind, UUID organizationId, String fullName, String position, String email, String phone,
                          String orderNumber, LocalDate orderDate) {
    }

    record AccountRequest(String username, String password) {
    }

    record AccountDto(UUID accountId, String username) {
    }

    record CatalogueItemDto(UUID id, String kind, String title) {
        static CatalogueItemDto of(CatalogueItem i) {
            return new CatalogueItemDto(i.id(), i.kind().name(), i.title());
        }
    }

    record CatalogueRequest(String title) {
    }
}
