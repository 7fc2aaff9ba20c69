package ai.dflux.executor.domain.position;

/**
 * Where a consistent copy of the source was taken, which is where its change stream must start: no change before it is
 * missing from the copy, none after it is in it.
 *
 * @param dialect the source dialect id ({@code postgresql}, {@code mariadb}, {@code mysql})
 * @param slotName PostgreSQL: the logical replication slot created with the copy's exported snapshot; else null
 * @param publicationName PostgreSQL: the publication of the copied tables; else null
 * @param lsn PostgreSQL: the slot's consistent point ({@code 0/16B3748}); else null
 * @param binlogFile MySQL/MariaDB: the binlog file at the snapshot; else null
 * @param binlogPosition MySQL/MariaDB: the position in that file; else 0
 * @param gtidSet MySQL/MariaDB: the GTID set (MariaDB: {@code gtid_binlog_pos}) at the snapshot, or null when GTIDs are off
 */
public record SnapshotPosition(String dialect, String slotName, String publicationName, String lsn, String binlogFile,
        long binlogPosition, String gtidSet) {

    public static SnapshotPosition postgres(String slotName, String publicationName, String lsn) {
        return new SnapshotPosition("postgresql", slotName, publicationName, lsn, null, 0, null);
    }

    public static SnapshotPosition binlog(String dialect, String file, long position, String gtidSet) {
        return new SnapshotPosition(dialect, null, null, null, file, position, gtidSet);
    }

    public boolean isPostgres() {
        return lsn != null;
    }

    /** The position as the events show it: an LSN, or {@code file:position} with the GTID set when there is one. */
    public String describe() {
        if (isPostgres()) {
            return lsn;
        }
        return binlogFile + ":" + binlogPosition + (gtidSet == null || gtidSet.isBlank() ? "" : " gtid " + gtidSet);
    }
}
