package ai.dflux.systemtests.bench.compatibility;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Where a {@link MigrationTool} wrote one database: the target schema of its tables, how a source table or column
 * name reads on the target, and remarks for the report (exit code, errors the tool logged).
 */
public record MigratedDatabase(String targetSchema, UnaryOperator<String> targetName, List<String> remarks) {

    public MigratedDatabase {
        remarks = List.copyOf(remarks);
    }
}
