package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.CheckConstraintInfo;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.PartitioningInfo;
import ai.dflux.contracts.catalog.RoutineInfo;
import ai.dflux.contracts.catalog.SequenceInfo;
import ai.dflux.contracts.catalog.TriggerInfo;
import ai.dflux.contracts.catalog.TypeInfo;
import ai.dflux.contracts.catalog.ViewInfo;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads a PostgreSQL 12+ source from its system catalogs, with one bulk query per object kind across all user schemas
 * (never one per table), all in one read-only repeatable-read transaction so that they see the same snapshot.
 *
 * <p>Partitions of a declaratively partitioned table are not tables of their own: they are listed in the
 * {@link PartitioningInfo} of their root, and their cloned keys, indexes and triggers are left out. Children of
 * classic inheritance are tables. Routines and types that belong to an extension are left out (the extension is
 * listed instead). Tables, columns, constraints and indexes must be read; if a later kind (views, sequences,
 * routines, triggers, types, extensions) cannot be, the catalog is marked partial and says which.
 */
public class PostgresCatalogReader implements CatalogReader {

    private static final String USER_SCHEMAS = "n.nspname not in ('pg_catalog', 'information_schema')"
            + " and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'";

    /** Objects created by an extension (pg_depend deptype 'e'), for {@code %s} the catalog and object id. */
    private static final String NOT_FROM_EXTENSION = "not exists (select 1 from pg_depend e where e.classid = '%s'::regclass"
            + " and e.objid = %s and e.deptype = 'e')";

    private static final String SCHEMAS = """
            select n.nspname from pg_namespace n where %s order by 1""".formatted(USER_SCHEMAS);

    /**
     * Pages of a table as of its last VACUUM/ANALYZE, for {@code %1$s} the pg_class row: its heap, its indexes and its
     * TOAST table (whose own index is left out). Read from statistics rather than with pg_total_relation_size, which
     * asks the file system once per relation and costs about a second at 10,000 tables (docs/decisions.md).
     */
    private static final String PAGES = "(%1$s.relpages::bigint + coalesce((select sum(x.relpages) from pg_index i"
            + " join pg_class x on x.oid = i.indexrelid where i.indrelid = %1$s.oid), 0)"
            + " + coalesce((select s.relpages from pg_class s where s.oid = %1$s.reltoastrelid), 0))";

    /**
     * A partitioned table holds no rows itself: its estimate and size are those of its leaf partitions. Sizes, like
     * row estimates, are those of the statistics (pages times the block size), so 0 for a table never vacuumed or
     * analyzed.
     */
    private static final String TABLES = """
            select n.nspname, c.relname,
                   case when c.relkind = 'p' then
                     (select coalesce(sum(greatest(l.reltuples, 0)), 0) from pg_partition_tree(c.oid) t
                        join pg_class l on l.oid = t.relid where t.isleaf)::bigint
                   else greatest(c.reltuples, 0)::bigint end,
                   (case when c.relkind = 'p' then
                     (select coalesce(sum(%s), 0) from pg_partition_tree(c.oid) t
                        join pg_class l on l.oid = t.relid where t.isleaf)::bigint
                   else %s end) * current_setting('block_size')::bigint,
                   ds.description,
                   case c.relreplident when 'd' then 'DEFAULT' when 'f' then 'FULL' when 'i' then 'INDEX'
                     when 'n' then 'NOTHING' end
            from pg_class c
              join pg_namespace n on n.oid = c.relnamespace
              left join pg_description ds on ds.objoid = c.oid and ds.classoid = 'pg_class'::regclass
                and ds.objsubid = 0
            where c.relkind in ('r', 'p') and not c.relispartition and %s
            order by 1, 2""".formatted(PAGES.formatted("l"), PAGES.formatted("c"), USER_SCHEMAS);

    private static final String COLUMNS = """
            select n.nspname, c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod),
                   not a.attnotnull,
                   case when a.attgenerated = '' then pg_get_expr(d.adbin, d.adrelid) end,
                   case a.attidentity when 'a' then 'ALWAYS' when 'd' then 'BY DEFAULT' end,
                   case when a.attgenerated <> '' then pg_get_expr(d.adbin, d.adrelid) end,
                   case when a.attcollation <> 0 and a.attcollation <> t.typcollation then co.collname end,
                   ds.description,
                   coalesce(nullif(t.typbasetype, 0), a.atttypid) in ('bytea'::regtype, 'text'::regtype,
                     'json'::regtype, 'jsonb'::regtype, 'xml'::regtype, 'oid'::regtype)
            from pg_attribute a
              join pg_class c on c.oid = a.attrelid
              join pg_namespace n on n.oid = c.relnamespace
              join pg_type t on t.oid = a.atttypid
              left join pg_collation co on co.oid = a.attcollation
              left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
              left join pg_description ds on ds.objoid = a.attrelid and ds.classoid = 'pg_class'::regclass
                and ds.objsubid = a.attnum
            where c.relkind in ('r', 'p') and not c.relispartition and a.attnum > 0 and not a.attisdropped and %s
            order by 1, 2, 3""".formatted(USER_SCHEMAS);

    /**
     * Primary, foreign, unique and check constraints. A foreign key that references a partitioned table has one
     * extra row per partition (conparentid set), which is left out.
     */
    private static final String CONSTRAINTS = """
            select n.nspname, c.relname, k.conname, k.contype,
                   array(select a.attname from unnest(k.conkey) with ordinality u(attnum, ord)
                         join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum order by u.ord),
                   fn.nspname, fc.relname,
                   array(select a.attname from unnest(k.confkey) with ordinality u(attnum, ord)
                         join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.attnum order by u.ord),
                   k.confupdtype, k.confdeltype, k.condeferrable, k.condeferred,
                   case when k.contype = 'c' then pg_get_constraintdef(k.oid) end
            from pg_constraint k
              join pg_class c on c.oid = k.conrelid
              join pg_namespace n on n.oid = c.relnamespace
              left join pg_class fc on fc.oid = k.confrelid
              left join pg_namespace fn on fn.oid = fc.relnamespace
            where k.contype in ('p', 'f', 'u', 'c') and k.conparentid = 0
              and c.relkind in ('r', 'p') and not c.relispartition and %s
            order by 1, 2, 3""".formatted(USER_SCHEMAS);

    /** One row per key part of every index (INCLUDE columns are not key parts); attnum 0 marks an expression. */
    private static final String INDEXES = """
            select n.nspname, c.relname, ic.relname,
                   case when k.attnum = 0 then pg_get_indexdef(i.indexrelid, k.ord::int, true) else a.attname end,
                   k.attnum = 0, i.indisunique, i.indisprimary, am.amname,
                   pg_get_expr(i.indpred, i.indrelid, true)
            from pg_index i
              join pg_class c on c.oid = i.indrelid
              join pg_namespace n on n.oid = c.relnamespace
              join pg_class ic on ic.oid = i.indexrelid
              left join pg_am am on am.oid = ic.relam
              cross join lateral unnest(i.indkey::int2[]) with ordinality k(attnum, ord)
              left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
            where k.ord <= i.indnkeyatts and c.relkind in ('r', 'p') and not c.relispartition and %s
            order by 1, 2, 3, k.ord""".formatted(USER_SCHEMAS);

    private static final String PARTITIONING = """
            select n.nspname, c.relname, p.partstrat, pg_get_partkeydef(c.oid),
                   array(select case when pn.oid = c.relnamespace then pc.relname
                                     else pn.nspname || '.' || pc.relname end
                         from pg_inherits h
                           join pg_class pc on pc.oid = h.inhrelid
                           join pg_namespace pn on pn.oid = pc.relnamespace
                         where h.inhparent = c.oid order by pn.nspname, pc.relname)
            from pg_partitioned_table p
              join pg_class c on c.oid = p.partrelid
              join pg_namespace n on n.oid = c.relnamespace
            where not c.relispartition and %s
            order by 1, 2""".formatted(USER_SCHEMAS);

    private static final String VIEWS = """
            select n.nspname, c.relname, pg_get_viewdef(c.oid), c.relkind = 'm', ds.description
            from pg_class c
              join pg_namespace n on n.oid = c.relnamespace
              left join pg_description ds on ds.objoid = c.oid and ds.classoid = 'pg_class'::regclass
                and ds.objsubid = 0
            where c.relkind in ('v', 'm') and %s and %s
            order by 1, 2""".formatted(USER_SCHEMAS, NOT_FROM_EXTENSION.formatted("pg_class", "c.oid"));

    /** Sequences of identity and serial columns included; the last value is null when never used (or not readable). */
    private static final String SEQUENCES = """
            select n.nspname, c.relname, format_type(s.seqtypid, null), s.seqstart, s.seqincrement, s.seqmin,
                   s.seqmax, s.seqcycle,
                   case when has_sequence_privilege(c.oid, 'SELECT,USAGE') then pg_sequence_last_value(c.oid) end
            from pg_sequence s
              join pg_class c on c.oid = s.seqrelid
              join pg_namespace n on n.oid = c.relnamespace
            where %s and %s
            order by 1, 2""".formatted(USER_SCHEMAS, NOT_FROM_EXTENSION.formatted("pg_class", "c.oid"));

    /**
     * Functions (window functions included), procedures and aggregates. pg_get_functiondef refuses aggregates, whose
     * body is rebuilt from pg_aggregate (its main clauses).
     */
    private static final String ROUTINES = """
            select n.nspname, p.proname, p.prokind, pg_get_function_arguments(p.oid),
                   case when p.prokind <> 'p' then pg_get_function_result(p.oid) end, l.lanname,
                   case when p.prokind <> 'a' then pg_get_functiondef(p.oid)
                   else 'CREATE AGGREGATE ' || quote_ident(n.nspname) || '.' || quote_ident(p.proname)
                        || '(' || pg_get_function_arguments(p.oid) || ') (SFUNC = ' || ag.aggtransfn::regproc::text
                        || ', STYPE = ' || format_type(ag.aggtranstype, null)
                        || case when ag.aggfinalfn <> 0 then ', FINALFUNC = ' || ag.aggfinalfn::regproc::text
                                else '' end
                        || case when ag.aggcombinefn <> 0 then ', COMBINEFUNC = ' || ag.aggcombinefn::regproc::text
                                else '' end
                        || case when ag.agginitval is not null then ', INITCOND = ' || quote_literal(ag.agginitval)
                                else '' end
                        || ')' end
            from pg_proc p
              join pg_namespace n on n.oid = p.pronamespace
              join pg_language l on l.oid = p.prolang
              left join pg_aggregate ag on ag.aggfnoid = p.oid
            where p.prokind in ('f', 'p', 'a', 'w') and %s and %s
            order by 1, 2, 4""".formatted(USER_SCHEMAS, NOT_FROM_EXTENSION.formatted("pg_proc", "p.oid"));

    /** Triggers written by users (not those enforcing foreign keys), on tables and views but not on partitions. */
    private static final String TRIGGERS = """
            select n.nspname, c.relname, t.tgname, t.tgtype, pg_get_triggerdef(t.oid), t.tgenabled <> 'D'
            from pg_trigger t
              join pg_class c on c.oid = t.tgrelid
              join pg_namespace n on n.oid = c.relnamespace
            where not t.tgisinternal and not c.relispartition and %s
            order by 1, 2, 3""".formatted(USER_SCHEMAS);

    /** Enums, domains, and composite types that are not the row type of a table, view or sequence. */
    private static final String TYPES = """
            select n.nspname, t.typname, t.typtype,
                   case when t.typtype = 'e' then
                     array(select e.enumlabel from pg_enum e where e.enumtypid = t.oid order by e.enumsortorder) end,
                   case when t.typtype = 'd' then format_type(t.typbasetype, t.typtypmod) end,
                   case when t.typtype = 'd' then
                     nullif(concat_ws(' ',
                       case when t.typdefault is not null then 'DEFAULT ' || t.typdefault end,
                       case when t.typnotnull then 'NOT NULL' end,
                       (select string_agg('CONSTRAINT ' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid),
                                          ' ' order by k.conname)
                          from pg_constraint k where k.contypid = t.oid and k.contype = 'c')), '')
                   when t.typtype = 'c' then
                     '(' || (select string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod),
                                               ', ' order by a.attnum)
                               from pg_attribute a where a.attrelid = t.typrelid and a.attnum > 0
                                 and not a.attisdropped) || ')'
                   end
            from pg_type t
              join pg_namespace n on n.oid = t.typnamespace
              left join pg_class r on r.oid = t.typrelid
            where (t.typtype in ('e', 'd') or (t.typtype = 'c' and r.relkind = 'c')) and %s and %s
            order by 1, 2""".formatted(USER_SCHEMAS, NOT_FROM_EXTENSION.formatted("pg_type", "t.oid"));

    private static final String EXTENSIONS = "select extname from pg_extension where extname <> 'plpgsql' order by 1";

    private static final int ROW = 1;
    private static final int BEFORE = 1 << 1;
    private static final int INSERT = 1 << 2;
    private static final int DELETE = 1 << 3;
    private static final int UPDATE = 1 << 4;
    private static final int TRUNCATE = 1 << 5;
    private static final int INSTEAD = 1 << 6;

    @Override
    public Catalog read(DataSource source, String database) throws SQLException {
        TableCollector collector = new TableCollector();
        List<String> problems = new ArrayList<>();
        try (Connection connection = source.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try (Statement statement = connection.createStatement()) {
                // The catalog queries run once and fast; at thousands of tables their cost estimates pass
                // jit_above_cost and compiling them would take longer than running them (docs/decisions.md).
                statement.execute("set local jit = off");
                String version = "PostgreSQL " + list(statement, "show server_version", rs -> rs.getString(1)).get(0);
                List<String> schemas = list(statement, SCHEMAS, rs -> rs.getString(1));
                readTables(statement, collector);
                Tolerant reader = new Tolerant(connection, statement, problems);
                List<ViewInfo> views = reader.list("views", VIEWS, PostgresCatalogReader::view);
                List<SequenceInfo> sequences = reader.list("sequences", SEQUENCES, PostgresCatalogReader::sequence);
                List<RoutineInfo> routines = reader.list("routines", ROUTINES, PostgresCatalogReader::routine);
                List<TriggerInfo> triggers = reader.list("triggers", TRIGGERS, PostgresCatalogReader::trigger);
                List<TypeInfo> types = reader.list("types", TYPES, PostgresCatalogReader::type);
                List<String> extensions = reader.list("extensions", EXTENSIONS, rs -> rs.getString(1));
                return new Catalog("postgresql", database, version, Instant.now(), schemas, collector.tables(), views,
                        sequences, routines, triggers, types, List.of(), extensions, !problems.isEmpty(), problems);
            } finally {
                endTransaction(connection);
            }
        }
    }

    /** Ends the read-only transaction; a failure to do so must not hide the reason the reading stopped. */
    private static void endTransaction(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is closed next, which ends the transaction as well
        }
    }

    private static void readTables(Statement statement, TableCollector collector) throws SQLException {
        try (ResultSet rs = statement.executeQuery(TABLES)) {
            while (rs.next()) {
                collector.addTable(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4));
                if (rs.getString(5) != null) {
                    collector.setComment(rs.getString(1), rs.getString(2), rs.getString(5));
                }
                collector.setReplicaIdentity(rs.getString(1), rs.getString(2), rs.getString(6));
            }
        }
        try (ResultSet rs = statement.executeQuery(COLUMNS)) {
            while (rs.next()) {
                collector.addColumn(rs.getString(1), rs.getString(2), new ColumnInfo(rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getBoolean(12)));
            }
        }
        try (ResultSet rs = statement.executeQuery(CONSTRAINTS)) {
            while (rs.next()) {
                addConstraint(collector, rs);
            }
        }
        try (ResultSet rs = statement.executeQuery(INDEXES)) {
            while (rs.next()) {
                collector.addIndexPart(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), rs.getString(8), rs.getString(9));
            }
        }
        try (ResultSet rs = statement.executeQuery(PARTITIONING)) {
            while (rs.next()) {
                collector.setPartitioning(rs.getString(1), rs.getString(2), new PartitioningInfo(
                        partitionMethod(rs.getString(3)), partitionKey(rs.getString(4)),
                        Arrays.asList(strings(rs.getArray(5)))));
            }
        }
    }

    private static void addConstraint(TableCollector collector, ResultSet rs) throws SQLException {
        String schema = rs.getString(1);
        String table = rs.getString(2);
        String name = rs.getString(3);
        String[] columns = strings(rs.getArray(5));
        switch (rs.getString(4)) {
            case "p" -> {
                for (String column : columns) {
                    collector.addPrimaryKeyColumn(schema, table, column);
                }
            }
            case "u" -> {
                for (String column : columns) {
                    collector.addUniqueConstraintColumn(schema, table, name, column);
                }
            }
            case "c" -> collector.addCheckConstraint(schema, table, new CheckConstraintInfo(name, rs.getString(13)));
            case "f" -> {
                String[] referenced = strings(rs.getArray(8));
                String onUpdate = action(rs.getString(9));
                String onDelete = action(rs.getString(10));
                for (int i = 0; i < columns.length; i++) {
                    collector.addForeignKeyColumn(schema, table, name, columns[i], rs.getString(6), rs.getString(7),
                            referenced[i], onUpdate, onDelete, rs.getBoolean(11), rs.getBoolean(12));
                }
            }
            default -> throw new IllegalStateException("unexpected constraint type " + rs.getString(4));
        }
    }

    private static ViewInfo view(ResultSet rs) throws SQLException {
        return new ViewInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5));
    }

    private static SequenceInfo sequence(ResultSet rs) throws SQLException {
        long last = rs.getLong(9);
        Long currentValue = rs.wasNull() ? null : last;
        return new SequenceInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                rs.getLong(6), rs.getLong(7), rs.getBoolean(8), currentValue);
    }

    private static RoutineInfo routine(ResultSet rs) throws SQLException {
        RoutineInfo.Kind kind = switch (rs.getString(3)) {
            case "p" -> RoutineInfo.Kind.PROCEDURE;
            case "a" -> RoutineInfo.Kind.AGGREGATE;
            default -> RoutineInfo.Kind.FUNCTION;
        };
        return new RoutineInfo(rs.getString(1), rs.getString(2), kind, rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7));
    }

    private static TriggerInfo trigger(ResultSet rs) throws SQLException {
        int type = rs.getInt(4);
        String timing = (type & INSTEAD) != 0 ? "INSTEAD OF" : (type & BEFORE) != 0 ? "BEFORE" : "AFTER";
        List<String> events = new ArrayList<>();
        if ((type & INSERT) != 0) {
            events.add("INSERT");
        }
        if ((type & UPDATE) != 0) {
            events.add("UPDATE");
        }
        if ((type & DELETE) != 0) {
            events.add("DELETE");
        }
        if ((type & TRUNCATE) != 0) {
            events.add("TRUNCATE");
        }
        return new TriggerInfo(rs.getString(1), rs.getString(2), rs.getString(3), timing, events,
                (type & ROW) != 0 ? "ROW" : "STATEMENT", rs.getString(5), rs.getBoolean(6));
    }

    private static TypeInfo type(ResultSet rs) throws SQLException {
        String kind = switch (rs.getString(3)) {
            case "e" -> "ENUM";
            case "d" -> "DOMAIN";
            default -> "COMPOSITE";
        };
        return new TypeInfo(rs.getString(1), rs.getString(2), kind, Arrays.asList(strings(rs.getArray(4))),
                rs.getString(5), rs.getString(6));
    }

    /** confupdtype / confdeltype: a = no action, r = restrict, c = cascade, n = set null, d = set default. */
    private static String action(String code) {
        return switch (code) {
            case "a" -> "NO ACTION";
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> null;
        };
    }

    private static String partitionMethod(String strategy) {
        return switch (strategy) {
            case "r" -> "RANGE";
            case "l" -> "LIST";
            case "h" -> "HASH";
            default -> strategy;
        };
    }

    /** {@code RANGE (logdate)} → {@code logdate}: pg_get_partkeydef's text without the method and outer brackets. */
    static String partitionKey(String definition) {
        String key = definition.strip();
        int space = key.indexOf(' ');
        if (space > 0 && key.substring(0, space).chars().allMatch(Character::isLetter)) {
            key = key.substring(space + 1).strip();
        }
        if (key.startsWith("(") && key.endsWith(")")) {
            key = key.substring(1, key.length() - 1).strip();
        }
        return key;
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> list(Statement statement, String sql, RowMapper<T> mapper) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
        }
        return rows;
    }

    /**
     * Reads a kind the catalog can do without: a failure (other than a lost connection) is rolled back to a savepoint
     * and written down as a problem, and the catalog is then partial.
     */
    private record Tolerant(Connection connection, Statement statement, List<String> problems) {

        <T> List<T> list(String kind, String sql, RowMapper<T> mapper) throws SQLException {
            Savepoint savepoint = connection.setSavepoint();
            try {
                List<T> rows = PostgresCatalogReader.list(statement, sql, mapper);
                connection.releaseSavepoint(savepoint);
                return rows;
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                    throw e;
                }
                connection.rollback(savepoint);
                problems.add("cannot read " + kind + ": " + e.getMessage());
                return List.of();
            }
        }
    }
}
