package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.conversion.TablePlan;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.ChangeEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the engine's batches to the target, exactly once: each apply commits complete source transactions, in their
 * source order, together with the source offset of the last of them, in one target transaction. Changes of a source
 * transaction whose end has not arrived yet wait for a later batch. Only what was committed is reported to the engine
 * as processed, so the connector never acknowledges to the source a position the target does not hold.
 */
final class ChangeApplier implements DebeziumEngine.ChangeConsumer<ChangeEvent<SourceRecord, SourceRecord>> {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeApplier.class);

    private final String migrationId;
    private final String topicPrefix;
    private final Connection target;
    private final Map<String, TargetTable> tables = new HashMap<>();
    private final Map<String, String> tablesByTopic = new HashMap<>();
    private final OffsetCodec offsets;
    private final ProgressTracker progress;
    private final ApplyHook hook;
    private final List<Pending> pending = new ArrayList<>();
    private boolean insideTransaction;
    private final SourceReads sourceReads;
    private final TargetRules rules;
    private final SourceSchemaGuard schemaGuard;
    private final SourcePositions positions;
    private final CommittedPositions committed;
    private final Consumer<String> onRefusal;
    private boolean refused;

    /**
     * @param rules what the target enforces, which decides whether a unit's statements may run table by table and
     *     which tables' row writes may merge
     * @param onRefusal told, once, why a unit waits for the source schema's conversion ({@link SchemaWait}); the
     *     applier then takes nothing more and the stream is to be closed
     * @param committed the positions the target holds as the stream starts, which each apply moves on
     */
    ChangeApplier(ChangeStreamSpec spec, Connection target, ProgressTracker progress, ApplyHook hook,
            SourceReads sourceReads, TargetRules rules, SourcePositions positions, CommittedPositions committed,
            Consumer<String> onRefusal) {
        this.positions = positions;
        this.committed = committed;
        this.onRefusal = onRefusal;
        this.sourceReads = sourceReads;
        this.rules = rules;
        this.migrationId = spec.migrationId();
        this.topicPrefix = spec.engineName();
        this.target = target;
        this.offsets = new OffsetCodec(spec.engineName());
        this.progress = progress;
        this.hook = hook;
        this.schemaGuard = new SourceSchemaGuard(spec.tables());
        for (TablePlan plan : spec.tables()) {
            tables.put(plan.sourceSchema() + "." + plan.sourceTable(),
                    new TargetTable(plan, rules.comparedAsText(TargetTable.qualifiedName(plan))));
        }
    }

    @Override
    public void handleBatch(List<ChangeEvent<SourceRecord, SourceRecord>> records,
            DebeziumEngine.RecordCommitter<ChangeEvent<SourceRecord, SourceRecord>> committer) throws InterruptedException {
        if (refused) {
            return;
        }
        int complete = 0;
        for (ChangeEvent<SourceRecord, SourceRecord> record : records) {
            StreamEvent event = StreamEvent.of(record.value(), topicPrefix, tablesByTopic);
            pending.add(new Pending(record, event));
            switch (event.kind()) {
                case TRANSACTION_BEGIN -> insideTransaction = true;
                case TRANSACTION_END -> {
                    insideTransaction = false;
                    complete = pending.size();
                }
                default -> {
                    if (!insideTransaction) {
                        complete = pending.size();
                    }
                }
            }
        }
        if (complete == 0) {
            return;
        }
        List<Pending> unit = new ArrayList<>(pending.subList(0, complete));
        pending.subList(0, complete).clear();
        try {
            apply(unit);
        } catch (RuntimeException e) {
            Optional<String> waiting = SchemaWait.reasonIn(e);
            if (waiting.isEmpty()) {
                throw e;
            }
            // nothing of this unit committed, and nothing after it may: the restart replays them all
            refused = true;
            pending.clear();
            onRefusal.accept(waiting.get());
            return;
        }
        for (Pending applied : unit) {
            committer.markProcessed(applied.record());
        }
        committer.markBatchFinished();
    }

    /** An engine record with what it is for the applier, read once. */
    private record Pending(ChangeEvent<SourceRecord, SourceRecord> record, StreamEvent event) {
    }

    private void apply(List<Pending> unit) {
        schemaGuard.check(unit.stream().map(Pending::event).toList());
        StatementBatch batch = new StatementBatch(rules.replicaRole());
        Optional<ZeroDateRecheck> zeroDates = sourceReads.zeroDates();
        ZeroDateRecheck.Notes nullDates = zeroDates.map(ZeroDateRecheck::notes).orElse(null);
        int rowChanges = 0;
        for (Pending pendingChange : unit) {
            StreamEvent event = pendingChange.event();
            if (event.kind() != StreamEvent.Kind.ROW_CHANGE) {
                continue;
            }
            TargetTable table = tables.get(event.sourceTable());
            if (table == null) {
                // the schema guard refuses such a unit before this; skipping the change would lose it
                throw new UnconvertedSourceSchema("a change of source table " + event.sourceTable()
                        + ", which the converted schema does not have");
            }
            SourceRecord record = event.record();
            Struct value = event.value();
            Object key = record.key();
            String operation = value.getString("op");
            // only a create and a delete can be halves of a key update; most changes are updates
            RowChangeWriter.RowChange change = new RowChangeWriter.RowChange(operation, value.getStruct("before"),
                    value.getStruct("after"), key instanceof Struct k ? k : null,
                    "c".equals(operation) ? headerStruct(record, OLD_KEY_HEADER) : null,
                    "d".equals(operation) && headerStruct(record, NEW_KEY_HEADER) != null);
            RowChangeWriter.write(table, change, statementsOf(batch, table), sourceReads);
            if (nullDates != null) {
                nullDates.note(table, change.after());
            }
            rowChanges++;
        }
        if (nullDates != null) {
            zeroDates.get().addCorrections(nullDates, table -> statementsOf(batch, table));
        }
        SourceRecord last = unit.get(unit.size() - 1).event().record();
        long rows = commit(batch, last, rowChanges);
        progress.applied(rowChanges, rows, last.sourceOffset(), lastSourceTime(unit, false),
                lastSourceTime(unit, true));
    }

    private StatementBatch.TableStatements statementsOf(StatementBatch batch, TargetTable table) {
        return batch.forTable(table.qualifiedName(), rules.mergesRowWrites(table.qualifiedName()));
    }

    /** The source time of the unit's last event that has one (of its last row change: {@code rowChangesOnly}). */
    private static Instant lastSourceTime(List<Pending> unit, boolean rowChangesOnly) {
        for (int i = unit.size() - 1; i >= 0; i--) {
            StreamEvent event = unit.get(i).event();
            if (rowChangesOnly && event.kind() != StreamEvent.Kind.ROW_CHANGE) {
                continue;
            }
            Instant time = event.sourceTime();
            if (time != null) {
                return time;
            }
        }
        return null;
    }

    /**
     * A primary-key update arrives as a delete of the old key (with the new key in this header) and a create of the
     * new one (with the old key in {@link #OLD_KEY_HEADER}).
     */
    static final String NEW_KEY_HEADER = "__debezium.newkey";
    static final String OLD_KEY_HEADER = "__debezium.oldkey";

    private static Struct headerStruct(SourceRecord record, String name) {
        Header header = record.headers().lastWithName(name);
        return header != null && header.value() instanceof Struct struct ? struct : null;
    }

    private long commit(StatementBatch batch, SourceRecord last, int rowChanges) {
        try {
            long rows = batch.execute(target);
            if (last.sourcePartition() != null && last.sourceOffset() != null) {
                committed.advance(target, offsets.key(last.sourcePartition()),
                        offsets.value(positions.resumable(last.sourceOffset())));
            }
            hook.beforeCommit(rowChanges);
            target.commit();
            committed.committed();
            return rows;
        } catch (Exception e) {
            committed.rolledBack();
            rollback();
            throw new ApplyException("migration " + migrationId + ": applying " + rowChanges
                    + " source row changes to the target failed: " + e.getMessage(), e);
        }
    }

    private void rollback() {
        try {
            target.rollback();
        } catch (SQLException e) {
            LOG.warn("migration {}: rolling back a failed apply failed too: {}", migrationId, e.getMessage());
        }
    }

    /** An apply that did not commit: nothing of it, rows nor position, reached the target. */
    static final class ApplyException extends RuntimeException {
        ApplyException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
