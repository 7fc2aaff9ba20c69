package ai.dflux.compatibility.domain;

import java.util.List;

/**
 * A type override as stored, with the loss check's verdict.
 *
 * @param fidelity {@code EXACT}, {@code WIDENED} or {@code LOSSY}; a lossy override is kept (the tenant chose it) but
 *     its notes say which source values it can truncate or reject
 */
public record StoredOverride(String schema, String table, String column, String targetType, String fidelity,
        List<String> notes) {
}
