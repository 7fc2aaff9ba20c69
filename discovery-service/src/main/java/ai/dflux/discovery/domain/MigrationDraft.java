package ai.dflux.discovery.domain;

import java.util.Map;

/**
 * A validated request for a new migration.
 *
 * @param sourceScript the schema script of a source that enters as a script (Oracle), else null
 */
public record MigrationDraft(String name, DatabaseConnection source, DatabaseConnection target,
        Map<String, String> options, SourceScript sourceScript) {

    /** A schema script and the name it goes by. */
    public record SourceScript(String name, String text) {
    }
}
