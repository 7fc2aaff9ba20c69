package ai.dflux.compatibility.domain.sql;

import java.util.List;

/**
 * A source SQL text (an expression or a query) in PostgreSQL's SQL.
 *
 * @param sql the translated text, or null when it could not be translated
 * @param warnings what changed in meaning, for the report (MySQL CONCAT and NULL, ...)
 * @param failure why it could not be translated, or null
 */
public record Translation(String sql, List<String> warnings, String failure) {

    public Translation {
        warnings = List.copyOf(warnings);
    }

    public static Translation of(String sql, List<String> warnings) {
        return new Translation(sql, warnings, null);
    }

    public static Translation failed(String failure) {
        return new Translation(null, List.of(), failure);
    }

    public boolean translated() {
        return sql != null;
    }
}
