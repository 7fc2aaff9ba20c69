package ai.dflux.discovery.domain.preflight;

import static ai.dflux.discovery.domain.preflight.PreflightChecks.blocker;
import static ai.dflux.discovery.domain.preflight.PreflightChecks.text;
import static ai.dflux.discovery.domain.preflight.PreflightChecks.warning;

import ai.dflux.contracts.findings.Finding;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * PostgreSQL source: logical decoding with pgoutput needs {@code wal_level=logical}, a free replication slot and WAL
 * sender, the REPLICATION attribute, the right to create a publication, and on every table a replica identity and
 * changes written to the WAL (not {@code UNLOGGED}); a partitioned table needs PostgreSQL 13, the first to publish its
 * partitions' changes under its name.
 */
public class PostgresCdcPreflight implements CdcPreflight {

    /** {@code server_version_num} of PostgreSQL 13, whose publications take {@code publish_via_partition_root}. */
    static final int PUBLISHES_PARTITION_ROOT_FROM = 130000;

    /** The schemas of the source's own tables: none of PostgreSQL's (an SQL condition on namespace {@code n}). */
    private static final String USER_SCHEMA =
            "n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'";

    /** The tables a migration takes: ordinary and partitioned, not partitions (an SQL condition on class {@code c}). */
    private static final String MIGRATED_TABLE = "c.relkind in ('r', 'p') and not c.relispartition";

    private static final String USER_TABLES = """
            select n.nspname || '.' || c.relname, c.relreplident,
                   quote_ident(n.nspname) || '.' || quote_ident(c.relname),
                   pg_has_role(c.relowner, 'USAGE'), c.relpersistence = 'u', c.relkind = 'p'
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where %2$s
              and %1$s
            order by 1""".formatted(USER_SCHEMA, MIGRATED_TABLE);

    /** Children of classic inheritance (partitions are not: their partitioned table is migrated whole). */
    private static final String INHERITING_TABLES = """
            select n.nspname || '.' || c.relname, pn.nspname || '.' || p.relname,
                   quote_ident(n.nspname) || '.' || quote_ident(c.relname),
                   quote_ident(pn.nspname) || '.' || quote_ident(p.relname)
            from pg_inherits h
              join pg_class c on c.oid = h.inhrelid join pg_namespace n on n.oid = c.relnamespace
              join pg_class p on p.oid = h.inhparent join pg_namespace pn on pn.oid = p.relnamespace
            where not c.relispartition and c.relkind = 'r'
              and %1$s
            order by 1, 2""".formatted(USER_SCHEMA);

    /** Columns of type {@code time with time zone}, also under a domain, by table and column. */
    private static final String TIMETZ_COLUMNS = """
            with recursive resolved(relid, attnum, type) as (
              select a.attrelid, a.attnum, a.atttypid
              from pg_attribute a
                join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
              where %2$s and a.attnum > 0 and not a.attisdropped
                and %1$s
              union all
              select r.relid, r.attnum, t.typbasetype
              from resolved r join pg_type t on t.oid = r.type
              where t.typtype = 'd'
            )
            select n.nspname || '.' || c.relname || '.' || a.attname, format_type(a.atttypid, a.atttypmod)
            from resolved r
              join pg_attribute a on a.attrelid = r.relid and a.attnum = r.attnum
              join pg_class c on c.oid = r.relid join pg_namespace n on n.oid = c.relnamespace
            where r.type = 'timetz'::regtype
            order by 1""".formatted(USER_SCHEMA, MIGRATED_TABLE);

    private final int publishesPartitionRootFrom;

    public PostgresCdcPreflight() {
        this(PUBLISHES_PARTITION_ROOT_FROM);
    }

    /** A test on a newer server sees the finding an older server gives by raising the version that publishes them. */
    PostgresCdcPreflight(int publishesPartitionRootFrom) {
        this.publishesPartitionRootFrom = publishesPartitionRootFrom;
    }

    @Override
    public List<Finding> check(DataSource source) {
        try (Connection connection = source.getConnection()) {
            return PreflightChecks.run(connection, List.of(
                    new PreflightChecks.Named("wal_level", PostgresCdcPreflight::walLevel),
                    new PreflightChecks.Named("max_replication_slots", PostgresCdcPreflight::freeSlots),
                    new PreflightChecks.Named("max_wal_senders", PostgresCdcPreflight::freeWalSenders),
                    new PreflightChecks.Named("replication privilege", PostgresCdcPreflight::replicationAttribute),
                    new PreflightChecks.Named("publication privilege", PostgresCdcPreflight::publicationRights),
                    new PreflightChecks.Named("tables", this::eachTable),
                    new PreflightChecks.Named("table inheritance", PostgresCdcPreflight::inheritance),
                    new PreflightChecks.Named("column types", PostgresCdcPreflight::timeWithTimeZone)));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect for the change-capture checks: " + e.getMessage(), e);
        }
    }

    private static void walLevel(Connection c, List<Finding> found) throws SQLException {
        String level = text(c, "show wal_level");
        if (!"logical".equals(level)) {
            found.add(blocker("PG_WAL_LEVEL", "wal_level", "wal_level is " + level + "; logical decoding needs"
                    + " logical", "ALTER SYSTEM SET wal_level = logical; then restart PostgreSQL"));
        }
    }

    private static void freeSlots(Connection c, List<Finding> found) throws SQLException {
        int free = Integer.parseInt(text(c, "select current_setting('max_replication_slots')::int"
                + " - (select count(*) from pg_replication_slots)"));
        if (free < 1) {
            found.add(blocker("PG_REPLICATION_SLOTS", "max_replication_slots", "every replication slot is taken"
                    + " (max_replication_slots = " + text(c, "show max_replication_slots") + ")",
                    "raise max_replication_slots (ALTER SYSTEM SET max_replication_slots = ...; restart) or drop an"
                            + " unused slot with pg_drop_replication_slot"));
        }
    }

    private static void freeWalSenders(Connection c, List<Finding> found) throws SQLException {
        int free = Integer.parseInt(text(c, "select current_setting('max_wal_senders')::int"
                + " - (select count(*) from pg_stat_replication)"));
        if (free < 1) {
            found.add(blocker("PG_WAL_SENDERS", "max_wal_senders", "every WAL sender is busy (max_wal_senders = "
                    + text(c, "show max_wal_senders") + ")",
                    "raise max_wal_senders (ALTER SYSTEM SET max_wal_senders = ...; restart)"));
        }
    }

    private static void replicationAttribute(Connection c, List<Finding> found) throws SQLException {
        String user = text(c, "select current_user");
        if (!"t".equals(text(c, "select rolreplication or rolsuper from pg_roles where rolname = current_user"))) {
            found.add(blocker("PG_REPLICATION_PRIVILEGE", user, "the user " + user + " may not stream changes",
                    "ALTER ROLE \"" + user + "\" WITH REPLICATION;"));
        }
    }

    private static void publicationRights(Connection c, List<Finding> found) throws SQLException {
        String user = text(c, "select current_user");
        if (!"t".equals(text(c, "select has_database_privilege(current_database(), 'CREATE')"))) {
            found.add(blocker("PG_PUBLICATION_PRIVILEGE", user, "the user " + user + " may not create a publication"
                    + " in this database", "GRANT CREATE ON DATABASE \"" + text(c, "select current_database()")
                    + "\" TO \"" + user + "\";"));
        }
    }

    /** Whether each table can join the migration's publication and stream its updates and deletes. */
    private void eachTable(Connection c, List<Finding> found) throws SQLException {
        boolean superuser = "t".equals(text(c, "select rolsuper from pg_roles where rolname = current_user"));
        int version = Integer.parseInt(text(c, "show server_version_num"));
        try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(USER_TABLES)) {
            while (rs.next()) {
                String table = rs.getString(1);
                String identity = rs.getString(2);
                String quoted = rs.getString(3);
                if ("n".equals(identity)) {
                    found.add(blocker("PG_REPLICA_IDENTITY", table, "the table has REPLICA IDENTITY NOTHING:"
                            + " its updates and deletes cannot be streamed", "ALTER TABLE " + quoted
                            + " REPLICA IDENTITY DEFAULT; (with a primary key) or REPLICA IDENTITY FULL;"));
                }
                if (rs.getBoolean(5)) {
                    found.add(blocker("PG_UNLOGGED_TABLE", table, "the table is UNLOGGED: its changes are not"
                            + " written to the WAL, so they cannot stream, and PostgreSQL refuses it in the"
                            + " migration's publication (the copy fails as it starts)", "ALTER TABLE " + quoted
                            + " SET LOGGED;"));
                }
                if (rs.getBoolean(6) && version < publishesPartitionRootFrom) {
                    found.add(blocker("PG_PARTITIONED_TABLE", table, "the table is partitioned, and PostgreSQL "
                            + version / 10_000 + " cannot add a partitioned table to a publication"
                            + " (PostgreSQL 13 and later publish its partitions' changes under its name): the copy"
                            + " would fail as it starts", "upgrade the source to PostgreSQL 13 or later before the"
                            + " migration"));
                }
                if (!superuser && !rs.getBoolean(4)) {
                    found.add(warning("PG_TABLE_NOT_OWNED", table, "the migration user does not own the table, so"
                            + " it cannot add it to a publication", "ALTER TABLE " + quoted + " OWNER TO the"
                            + " migration user, or let an owner create the publication"));
                }
            }
        }
    }

    /**
     * The copy and the stream keep each table's own rows, but the target's tables do not inherit: a query of the parent
     * there no longer returns its children's rows.
     */
    private static void inheritance(Connection c, List<Finding> found) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(INHERITING_TABLES)) {
            while (rs.next()) {
                found.add(warning("PG_TABLE_INHERITANCE", rs.getString(1), "the table inherits from "
                        + rs.getString(2) + "; dflux migrates both with their own rows as independent tables, so on"
                        + " the target a query of " + rs.getString(2) + " no longer returns this table's rows",
                        "after the migration, ALTER TABLE " + rs.getString(3) + " INHERIT " + rs.getString(4)
                                + "; on the target, or query the tables separately"));
            }
        }
    }

    /**
     * Debezium turns a {@code time with time zone} into UTC before dflux sees it: the copy keeps each value's offset,
     * the stream writes the same time of day at offset 0, which PostgreSQL holds to be another value.
     */
    private static void timeWithTimeZone(Connection c, List<Finding> found) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(TIMETZ_COLUMNS)) {
            while (rs.next()) {
                found.add(warning("PG_TIMETZ_OFFSET", rs.getString(1), "the column's type, " + rs.getString(2)
                        + ", keeps an offset that the change stream turns into UTC: a value written while the stream"
                        + " runs, such as 10:00:00+05:30, reaches the target as 04:30:00+00, the same time of day at"
                        + " another offset (the copy keeps offsets)",
                        "before the migration, change the column to timestamptz or to time with the offset in a column"
                        + " of its own, or accept UTC offsets in values written during the migration"));
            }
        }
    }
}
