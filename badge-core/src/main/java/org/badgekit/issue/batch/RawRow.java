package org.badgekit.issue.batch;

import java.util.List;

/**
 * One row as read from the file: its spreadsheet row number and its cell texts in header order.
 *
 * @param row the spreadsheet row number (the header is row 1)
 * @param values cell texts, one per header column (shorter rows are padded with "" by the reader)
 * @param extraCells how many non-blank cells the row has beyond the header's columns
 */
record RawRow(int row, List<String> values, int extraCells) {
    RawRow {
        values = List.copyOf(values);
    }

    boolean isBlank() {
        return extraCells == 0 && values.stream().allMatch(String::isBlank);
    }
}
