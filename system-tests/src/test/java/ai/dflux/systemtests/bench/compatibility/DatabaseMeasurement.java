package ai.dflux.systemtests.bench.compatibility;

/** What one tool made of one source database: the objects it created and how the values arrived. */
public record DatabaseMeasurement(String database, ObjectCounts created, ValueComparison values,
        MigratedDatabase migrated) {
}
