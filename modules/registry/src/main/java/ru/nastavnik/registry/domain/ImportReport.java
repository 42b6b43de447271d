package ru.nastavnik.registry.domain;

import java.util.List;

/**
 * Why a file was rejected: the first {@code errors.size()} problems in file order and the total count.
 *
 * @param errors      the reported problems, at most the cap given to {@link ImportValidation}
 * @param totalErrors how many problems were found in all, including those not listed
 */
public record ImportReport(List<RowError> errors, int totalErrors) {

    public ImportReport {
        errors = List.copyOf(errors);
        if (totalErrors < errors.size()) {
            throw new IllegalArgumentException("totalErrors < errors.size()");
        }
    }

    /** Problems found but not listed because of the cap. */
    public int omittedErrors() {
        return totalErrors - errors.size();
    }

    /** «Файл не загружен: найдено ошибок — 1234 (показаны первые 1000, ещё 234 не показаны).» */
    public String summary() {
        StringBuilder sb = new StringBuilder("Файл не загружен: найдено ошибок — ").append(totalErrors);
        if (omittedErrors() > 0) {
            sb.append(" (показаны первые ").append(errors.size())
                    .append(", ещё ").append(omittedErrors()).append(" не показаны)");
        }
        return sb.append('.').toString();
    }
}
