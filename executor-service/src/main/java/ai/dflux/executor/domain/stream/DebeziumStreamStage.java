package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.Dialect;
import ai.dflux.executor.domain.ReplicationPlan;
import ai.dflux.executor.domain.StreamStage;
import ai.dflux.executor.domain.copy.CopyBookkeeping;
import ai.dflux.executor.domain.db.DataSources;
import ai.dflux.executor.domain.position.SnapshotPosition;
import ai.dflux.executor.domain.position.TableDefinition;
import ai.dflux.executor.domain.progress.StreamFigures;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link StreamStage} by {@link ChangeStream}: Debezium's embedded engine, applied exactly once. */
@ApplicationScoped
public class DebeziumStreamStage implements StreamStage {

    @Override
    public RunningStream start(ReplicationPlan plan, SnapshotPosition from) throws SQLException {
        String migrationId = plan.migrationId().toString();
        boolean resumed = positionCommitted(plan, migrationId);
        List<TableDefinition> definitions = resumed ? List.of() : copyDefinitions(plan);
        ChangeStream stream = ChangeStream.start(new ChangeStreamSpec(migrationId, plan.source(), plan.target(),
                plan.schema().tables(), from, definitions));
        return new Running(stream, resumed ? "the position committed on the target" : from.describe(), resumed);
    }

    @Override
    public String connectorOf(ReplicationPlan plan) {
        return DataSources.dialectOf(plan.source()) == Dialect.POSTGRESQL ? "postgres" : "mariadb";
    }

    @Override
    public void forgetOnTarget(ReplicationPlan plan) {
        ChangeStream.discardPosition(plan.target(), plan.migrationId().toString());
    }

    /** The source's table structures the copy read at its snapshot position, for a binlog stream's first start. */
    private static List<TableDefinition> copyDefinitions(ReplicationPlan plan) throws SQLException {
        CopyBookkeeping copy = new CopyBookkeeping(DataSources.postgres(plan.target()));
        copy.createTables();
        return copy.definitions(plan.migrationId());
    }

    private static boolean positionCommitted(ReplicationPlan plan, String migrationId) throws SQLException {
        try (Connection target = TargetSettings.connect(plan.target())) {
            target.setAutoCommit(true);
            StreamBookkeeping.ensure(target);
            return !StreamBookkeeping.offsets(target, migrationId).isEmpty();
        }
    }

    /** A running {@link ChangeStream}, with its rates measured between two readings. */
    private static final class Running implements RunningStream {

        private final ChangeStream stream;
        private final String startPosition;
        private final boolean resumed;
        private long lastReadingNanos = System.nanoTime();
        private long lastEvents;
        private long lastRows;

        Running(ChangeStream stream, String startPosition, boolean resumed) {
            this.stream = stream;
            this.startPosition = startPosition;
            this.resumed = resumed;
        }

        @Override
        public String startPosition() {
            return startPosition;
        }

        @Override
        public boolean resumed() {
            return resumed;
        }

        @Override
        public synchronized StreamFigures figures() {
            StreamProgress progress = stream.progress();
            long now = System.nanoTime();
            double seconds = Math.max((now - lastReadingNanos) / 1e9, 0.001);
            double eventsPerSecond = (progress.appliedEvents() - lastEvents) / seconds;
            double rowsPerSecond = (progress.appliedRows() - lastRows) / seconds;
            lastReadingNanos = now;
            lastEvents = progress.appliedEvents();
            lastRows = progress.appliedRows();
            return new StreamFigures(Math.max(0, progress.lagSeconds()), progress.lagBytes(),
                    progress.appliedEvents(), progress.appliedRows(), eventsPerSecond, rowsPerSecond,
                    progress.lastPosition().isEmpty() ? startPosition : progress.lastPosition(),
                    progress.sourceReads(), progress.sourceRowsRead());
        }

        @Override
        public Optional<String> waitingForSchema() {
            if (stream.isRunning()) {
                return Optional.empty();
            }
            StreamProgress progress = stream.progress();
            return progress.state() == StreamProgress.State.WAITING_FOR_SCHEMA ? Optional.of(progress.failure())
                    : Optional.empty();
        }

        @Override
        public Optional<Throwable> failure() {
            if (stream.isRunning()) {
                return Optional.empty();
            }
            StreamProgress progress = stream.progress();
            return progress.state() == StreamProgress.State.FAILED
                    ? Optional.of(new IllegalStateException(progress.failure())) : Optional.empty();
        }

        @Override
        public void close() {
            stream.stop();
        }
    }
}
