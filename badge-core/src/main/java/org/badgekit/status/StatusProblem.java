package org.badgekit.status;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Why a status could not be established; becomes a {@link StatusResult.State#UNKNOWN} result, never leaves the package.
 */
final class StatusProblem extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient JsonNode listDocument;

    StatusProblem(String message) {
        this(message, null);
    }

    StatusProblem(String message, JsonNode listDocument) {
        super(message, null, false, false);
        this.listDocument = listDocument;
    }

    /** The fetched list document, when the problem was found after fetching it. */
    JsonNode listDocument() {
        return listDocument;
    }
}
