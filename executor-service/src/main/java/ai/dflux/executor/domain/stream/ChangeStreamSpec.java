package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.executor.domain.position.SnapshotPosition;
import java.util.List;
import java.util.Objects;

/**
 * What one migration's change stream needs: where to read, where to write, which tables and from which position.
 *
 * @param start where the copy's snapshot was taken; the stream starts exactly there unless a position was already
 *     committed on the target, which then wins
 */
public record ChangeStreamSpec(String migrationId, DatabaseCredentials source, DatabaseCredentials target,
        List<TablePlan> tables, SnapshotPosition start) {

    public ChangeStreamSpec {
        Objects.requireNonNull(migrationId, "migrationId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(start, "start");
        tables = List.copyOf(tables);
    }

    /** A name safe as a Debezium topic prefix and engine name: letters, digits and underscores only. */
    public String engineName() {
        return "dflux_" + migrationId.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
