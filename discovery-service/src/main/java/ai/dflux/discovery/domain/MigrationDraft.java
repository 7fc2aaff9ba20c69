package ai.dflux.discovery.domain;

import java.util.Map;

/** A validated request for a new migration. */
public record MigrationDraft(String name, DatabaseConnection source, DatabaseConnection target,
        Map<String, String> options) {
}
