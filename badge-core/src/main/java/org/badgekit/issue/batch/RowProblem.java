package org.badgekit.issue.batch;

/**
 * Why a row of a batch file was rejected.
 *
 * @param row the spreadsheet row number (the header is row 1)
 * @param column the column at fault (as named in the header), or null when the problem is the whole row
 * @param message what is wrong, naming the value and the expectation
 * @param hint what the coordinator can do about it, or null
 */
public record RowProblem(int row, String column, String message, String hint) {

    /** One line for a person: {@code recipients.csv:14: column 'email': ...; fix the address or delete the row}. */
    public String describe(String fileName) {
        StringBuilder text = new StringBuilder(fileName).append(':').append(row).append(": ");
        if (column != null) {
            text.append("column '").append(column).append("': ");
        }
        text.append(message);
        if (hint != null) {
            text.append("; ").append(hint);
        }
        return text.toString();
    }

    /** The problem without file and row, for the {@code error} column of {@code rejected.csv}. */
    String shortText() {
        return (column == null ? "" : column + ": ") + message + (hint == null ? "" : "; " + hint);
    }
}
