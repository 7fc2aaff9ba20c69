package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.executor.domain.position.SnapshotPosition;
import ai.dflux.executor.domain.position.TableDefinition;
import java.util.List;
import java.util.Objects;

/**
 * What one migration's change stream needs: where to read, where to write, which tables and from which position.
 *
 * @param start where the copy's snapshot was taken; the stream starts exactly there unless a position was already
 *     committed on the target, which then wins
 * @param startDefinitions the binlog source's table structures at {@code start}, as the copy read them; empty when
 *     unknown, and then the first start takes them as they are when it runs
 */
public record ChangeStreamSpec(String migrationId, DatabaseCredentials source, DatabaseCredentials target,
        List<TablePlan> tables, SnapshotPosition start, List<TableDefinition> startDefinitions) {

    public ChangeStreamSpec {
        Objects.requireNonNull(migrationId, "migrationId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(start, "start");
        tables = List.copyOf(tables);
        startDefinitions = List.copyOf(startDefinitions);
    }

    public ChangeStreamSpec(String migrationId, DatabaseCredentials source, DatabaseCredentials target,
            List<TablePlan> tables, SnapshotPosition start) {
        this(migrationId, source, target, tables, start, List.of());
    }

    /** A name safe as a Debezium topic prefix and engine name: letters, digits and underscores only. */
    public String engineName() {
        return "dflux_" + migrationId.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
