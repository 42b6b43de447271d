package ru.nastavnik.registry.domain;

import java.util.List;

/**
 * One row of an uploaded table as the readers produce it.
 *
 * @param rowNumber 1-based row number as the user sees it in Excel (the header is row 1; a CSV record with a
 *                  line break inside quotes is one row)
 * @param cells     cell texts, left to right; missing cells are "" or absent at the end
 */
public record RawRow(int rowNumber, List<String> cells) {

    public RawRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a 0-based column index, "" when the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** True when every cell is empty or whitespace. */
    public boolean isBlank() {
        for (String c : cells) {
            if (!TextNormalization.clean(c).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
