package ai.dflux.executor.domain.copy;

import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.TablePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * One table being copied: the columns written (generated target columns are left to the target), its key columns on
 * the source, and its progress across chunks, including those of earlier runs.
 */
final class TableWork {

    private final TablePlan plan;
    private final List<ColumnPlan> columns;
    private final List<ColumnPlan> keys;
    private final AtomicInteger remaining = new AtomicInteger();
    /** Whether the target table's primary key is off for the load, to be built after the last chunk. */
    private volatile boolean keyDeferred;
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final long startNanos = System.nanoTime();

    TableWork(TablePlan plan) {
        this.plan = plan;
        this.columns = plan.columns().stream().filter(c -> !c.generated()).toList();
        this.keys = keysOf(plan);
    }

    private static List<ColumnPlan> keysOf(TablePlan plan) {
        List<ColumnPlan> keys = new ArrayList<>();
        for (String key : plan.targetPrimaryKey()) {
            ColumnPlan column = plan.columns().stream().filter(c -> sameName(c.target(), key)).findFirst()
                    .orElseThrow(() -> new CopyException("source table " + name(plan) + ": primary key column " + key
                            + " of target " + plan.targetSchema() + "." + plan.targetTable() + " has no column plan"));
            keys.add(column);
        }
        return keys;
    }

    private static boolean sameName(String target, String key) {
        return target.equals(key) || unquoted(target).equals(unquoted(key));
    }

    private static String unquoted(String name) {
        return name.startsWith("\"") && name.endsWith("\"") && name.length() > 1
                ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
    }

    static String name(TablePlan plan) {
        return (plan.sourceSchema() == null || plan.sourceSchema().isEmpty() ? "" : plan.sourceSchema() + ".")
                + plan.sourceTable();
    }

    TablePlan plan() {
        return plan;
    }

    /** The bookkeeping key of the table: {@code schema.table} on the source. */
    String sourceName() {
        return name(plan);
    }

    String targetName() {
        return (plan.targetSchema() == null || plan.targetSchema().isEmpty() ? "" : plan.targetSchema() + ".")
                + plan.targetTable();
    }

    List<ColumnPlan> columns() {
        return columns;
    }

    List<ColumnPlan> keys() {
        return keys;
    }

    String copyIn() {
        return "COPY " + targetName() + " (" + columns.stream().map(ColumnPlan::target)
                .collect(Collectors.joining(", ")) + ") FROM STDIN";
    }

    void expect(int chunks, long rowsBefore, long bytesBefore) {
        remaining.set(chunks);
        rows.set(rowsBefore);
        bytes.set(bytesBefore);
    }

    void keyDeferred(boolean deferred) {
        keyDeferred = deferred;
    }

    boolean keyDeferred() {
        return keyDeferred;
    }

    /** Counts a finished chunk; true when it was the table's last. */
    boolean chunkDone(long chunkRows, long chunkBytes) {
        rows.addAndGet(chunkRows);
        bytes.addAndGet(chunkBytes);
        return remaining.decrementAndGet() == 0;
    }

    long rows() {
        return rows.get();
    }

    long bytes() {
        return bytes.get();
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
