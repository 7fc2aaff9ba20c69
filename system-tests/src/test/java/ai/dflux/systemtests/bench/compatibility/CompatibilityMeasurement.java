package ai.dflux.systemtests.bench.compatibility;

import ai.dflux.testkit.MariaDbServer;
import ai.dflux.testkit.PostgresServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One tool's side of the compatibility benchmark: each source database migrated by the tool into its own target
 * database ({@code <prefix>_<database>}), then counted with {@link TargetObjectCount} and compared with
 * {@link ColumnValueComparison}.
 */
public record CompatibilityMeasurement(String tool, String method, List<DatabaseMeasurement> databases) {

    public CompatibilityMeasurement {
        databases = List.copyOf(databases);
    }

    public static CompatibilityMeasurement of(MigrationTool tool, String targetPrefix, MariaDbServer source,
            PostgresServer target, List<String> sourceDatabases) throws Exception {
        List<DatabaseMeasurement> measured = new ArrayList<>();
        for (String database : sourceDatabases) {
            String targetDatabase = (targetPrefix + "_" + database).toLowerCase(Locale.ROOT);
            target.createDatabase(targetDatabase);
            MigratedDatabase migrated = tool.migrate(source, database, target, targetDatabase);
            ObjectCounts created = TargetObjectCount.of(target.dataSource(targetDatabase));
            ValueComparison values = new ColumnValueComparison(source.dataSource(database), database,
                    target.dataSource(targetDatabase), migrated.targetSchema(), migrated.targetName()).compare();
            measured.add(new DatabaseMeasurement(database, created, values, migrated));
        }
        return new CompatibilityMeasurement(tool.name(), tool.method(), measured);
    }

    public ObjectCounts created() {
        return ObjectCounts.sum(databases.stream().map(DatabaseMeasurement::created).toList());
    }

    public ValueComparison values() {
        return ValueComparison.sum(databases.stream().map(DatabaseMeasurement::values).toList());
    }

    public DatabaseMeasurement database(String name) {
        return databases.stream().filter(d -> d.database().equals(name)).findFirst().orElseThrow();
    }
}
