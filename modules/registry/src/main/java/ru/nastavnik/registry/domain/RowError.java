package ru.nastavnik.registry.domain;

/**
 * One problem found in an uploaded file.
 *
 * @param row     1-based row as the user sees it in Excel; 0 for a problem of the whole file (e.g. empty file)
 * @param column  the header of the column (as in the template), {@code null} when the problem is the whole row
 *                or file
 * @param value   the offending cell value as typed, {@code null} when not applicable
 * @param message the reason in Russian, starting with a lower-case letter, e.g. «дата «31.02.2010» не существует»
 */
public record RowError(int row, String column, String value, String message) {

    public boolean isFileLevel() {
        return row == 0;
    }

    /** «Строка 5, столбец «Дата рождения»: дата «31.02.2010» не существует». */
    public String formatted() {
        StringBuilder sb = new StringBuilder();
        if (row == 0) {
            sb.append("Файл");
        } else {
            sb.append("Строка ").append(row);
        }
        if (column != null) {
            sb.append(", столбец «").append(column).append('»');
        }
        return sb.append(": ").append(message).toString();
    }

    @Override
    public String toString() {
        return formatted();
    }
}
