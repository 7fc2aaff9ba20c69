package ai.dflux.contracts.events;

import java.util.List;

/**
 * A newer converted revision's additive delta is on the target and the change stream continues with it; the phase
 * stays {@code STREAMING}. New tables are copied before the stream restarts, each announced by its own
 * {@link TableCopied}.
 *
 * @param fromRevision the revision the target had
 * @param toRevision the revision it has now
 * @param tablesAdded source tables ({@code schema.table}) created on the target and copied
 * @param columnsAdded source columns ({@code schema.table.column}) added to tables the target had
 * @param columnsWidened source columns whose target type changed to a wider one
 */
public record SchemaChangeApplied(int fromRevision, int toRevision, List<String> tablesAdded,
        List<String> columnsAdded, List<String> columnsWidened) implements Payload {
    public static final String TYPE = "SchemaChangeApplied";
    public static final int VERSION = 1;

    public SchemaChangeApplied {
        tablesAdded = List.copyOf(tablesAdded);
        columnsAdded = List.copyOf(columnsAdded);
        columnsWidened = List.copyOf(columnsWidened);
    }
}
