package ai.dflux.systemtests.bench.compatibility;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Counts what a migration created in one PostgreSQL target database, from pg_catalog, by {@link ObjectKind}: every
 * object in a schema that is not PostgreSQL's own ({@code public} included, as a tool may write there), and every such
 * schema but {@code public}, which a new database has already.
 */
public final class TargetObjectCount {

    private static final String USER_SCHEMA = "n.nspname not in ('pg_catalog', 'information_schema')"
            + " and n.nspname not like 'pg\\_%'";
    private static final String USER_TABLE = "from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            + " where " + USER_SCHEMA + " and c.relkind in ('r', 'p') and not c.relispartition";
    private static final String USER_CONSTRAINT = "select count(*) from pg_constraint k"
            + " join pg_namespace n on n.oid = k.connamespace where " + USER_SCHEMA + " and k.contypid = 0"
            + " and k.contype = ";
    private static final String USER_INDEX = "select count(*) from pg_index i join pg_class c on c.oid = i.indexrelid"
            + " join pg_namespace n on n.oid = c.relnamespace where " + USER_SCHEMA
            + " and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid) and ";

    private static final Map<ObjectKind, String> QUERIES = Map.ofEntries(
            Map.entry(ObjectKind.SCHEMAS, "select count(*) from pg_namespace n where " + USER_SCHEMA
                    + " and n.nspname <> 'public'"),
            Map.entry(ObjectKind.TABLES, "select count(*) " + USER_TABLE),
            Map.entry(ObjectKind.COLUMNS, "select count(*) from pg_attribute a where a.attnum > 0"
                    + " and not a.attisdropped and a.attrelid in (select c.oid " + USER_TABLE + ")"),
            Map.entry(ObjectKind.PRIMARY_KEYS, USER_CONSTRAINT + "'p'"),
            Map.entry(ObjectKind.UNIQUE_KEYS, "select (" + USER_CONSTRAINT + "'u') + (" + USER_INDEX
                    + "i.indisunique)"),
            Map.entry(ObjectKind.CHECK_CONSTRAINTS, USER_CONSTRAINT + "'c'"),
            Map.entry(ObjectKind.FOREIGN_KEYS, USER_CONSTRAINT + "'f'"),
            Map.entry(ObjectKind.OTHER_INDEXES, USER_INDEX + "not i.indisunique"),
            Map.entry(ObjectKind.AUTO_NUMBERED_COLUMNS, "select count(*) from pg_attribute a"
                    + " left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum"
                    + " where a.attnum > 0 and not a.attisdropped and a.attrelid in (select c.oid " + USER_TABLE + ")"
                    + " and (a.attidentity <> '' or pg_get_expr(d.adbin, d.adrelid) like 'nextval(%')"),
            Map.entry(ObjectKind.SEQUENCES, "select count(*) from pg_class c join pg_namespace n"
                    + " on n.oid = c.relnamespace where " + USER_SCHEMA + " and c.relkind = 'S'"),
            Map.entry(ObjectKind.VIEWS, "select count(*) from pg_class c join pg_namespace n"
                    + " on n.oid = c.relnamespace where " + USER_SCHEMA + " and c.relkind in ('v', 'm')"),
            Map.entry(ObjectKind.ENUM_TYPES, "select count(*) from pg_type t join pg_namespace n"
                    + " on n.oid = t.typnamespace where " + USER_SCHEMA + " and t.typtype = 'e'"),
            Map.entry(ObjectKind.TRIGGERS, "select count(*) from pg_trigger g join pg_class c on c.oid = g.tgrelid"
                    + " join pg_namespace n on n.oid = c.relnamespace where " + USER_SCHEMA
                    + " and not g.tgisinternal"),
            Map.entry(ObjectKind.ROUTINES, "select count(*) from pg_proc p join pg_namespace n"
                    + " on n.oid = p.pronamespace where " + USER_SCHEMA));

    private TargetObjectCount() {
    }

    public static ObjectCounts of(DataSource target) throws SQLException {
        Map<ObjectKind, Integer> counts = new EnumMap<>(ObjectKind.class);
        try (Connection connection = target.getConnection()) {
            for (Map.Entry<ObjectKind, String> query : QUERIES.entrySet()) {
                counts.put(query.getKey(), Sql.count(connection, query.getValue(), null));
            }
        }
        return new ObjectCounts(counts);
    }
}
