package ai.dflux.contracts.events;

/**
 * The Executor applied the pre-data DDL and began copying the source under one consistent snapshot.
 *
 * @param tables the tables to copy
 * @param estimatedRows the source's own estimate of their rows (statistics, not a count)
 * @param snapshotPosition where the change stream starts, in the source's terms: a PostgreSQL LSN ({@code 0/16B3748})
 *     or a MySQL/MariaDB binlog position ({@code mysql-bin.000003:1543}, with the GTID set when there is one)
 * @param resumed whether an earlier copy of this migration was interrupted and this one continues it
 */
public record SnapshotStarted(int tables, long estimatedRows, String snapshotPosition, boolean resumed)
        implements Payload {
    public static final String TYPE = "SnapshotStarted";
    public static final int VERSION = 1;
}
