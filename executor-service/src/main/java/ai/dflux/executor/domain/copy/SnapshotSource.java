package ai.dflux.executor.domain.copy;

import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.executor.domain.position.SnapshotPosition;
import java.sql.SQLException;
import java.util.List;

/**
 * A live source seen through one consistent snapshot: readers that all see exactly the same data, and the position
 * in the source's change log where streaming must start so that nothing is lost or doubled. One class per dialect.
 */
public interface SnapshotSource {

    /**
     * Opens a new snapshot with up to {@code readers} reader connections and pins its position (PostgreSQL: creates
     * the publication of {@code tables} and the replication slot). May give fewer readers when the source does not
     * allow more (the reason is logged).
     */
    Snapshot open(List<TablePlan> tables, int readers) throws SQLException;

    /**
     * Opens readers on a fresh consistent snapshot for resuming a copy whose stream starts at {@code position}, taken
     * by an earlier {@link #open}. Chunks read now are newer than that position; replaying the stream from it over
     * them converges, since applying a change is idempotent by key.
     *
     * @throws IllegalStateException when the position can no longer be streamed from (the slot is gone)
     */
    Snapshot reopen(SnapshotPosition position, int readers) throws SQLException;

    /**
     * Makes changes of tables added to a running migration visible to its stream from now on (PostgreSQL: adds them
     * to the publication); safe to repeat. A binlog source has every table's changes already.
     */
    void publish(List<TablePlan> tables) throws SQLException;

    /** Removes what {@link #open} left on the source for streaming (slot, publication); safe to call repeatedly. */
    void drop() throws SQLException;

    /** The dialect's way of reading tables in chunks. */
    SourceReader reader();
}
