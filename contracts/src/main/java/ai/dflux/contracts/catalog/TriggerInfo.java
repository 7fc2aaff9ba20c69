package ai.dflux.contracts.catalog;

import java.util.List;

/**
 * A trigger.
 *
 * @param timing {@code BEFORE}, {@code AFTER} or {@code INSTEAD OF}
 * @param events {@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code TRUNCATE}
 * @param level {@code ROW} or {@code STATEMENT}
 */
public record TriggerInfo(String schema, String table, String name, String timing, List<String> events, String level,
        String body, boolean enabled) {

    public TriggerInfo {
        events = Lists.of(events);
    }
}
