package ai.dflux.systemtests.bench.compatibility;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;

/** Counts the objects of one MariaDB/MySQL database from its information_schema, by {@link ObjectKind}. */
public final class SourceObjectCount {

    private static final Map<ObjectKind, String> QUERIES = Map.ofEntries(
            Map.entry(ObjectKind.TABLES, "select count(*) from information_schema.TABLES where TABLE_SCHEMA = ?"
                    + " and TABLE_TYPE = 'BASE TABLE'"),
            Map.entry(ObjectKind.COLUMNS, "select count(*) from information_schema.COLUMNS c"
                    + " join information_schema.TABLES t on t.TABLE_SCHEMA = c.TABLE_SCHEMA"
                    + " and t.TABLE_NAME = c.TABLE_NAME where c.TABLE_SCHEMA = ? and t.TABLE_TYPE = 'BASE TABLE'"),
            Map.entry(ObjectKind.PRIMARY_KEYS, constraints("PRIMARY KEY")),
            Map.entry(ObjectKind.UNIQUE_KEYS, constraints("UNIQUE")),
            Map.entry(ObjectKind.CHECK_CONSTRAINTS, constraints("CHECK")),
            Map.entry(ObjectKind.FOREIGN_KEYS, constraints("FOREIGN KEY")),
            // A MySQL unique index is always a PRIMARY KEY or UNIQUE constraint, so the others are the non-unique.
            Map.entry(ObjectKind.OTHER_INDEXES, "select count(distinct TABLE_NAME, INDEX_NAME)"
                    + " from information_schema.STATISTICS where TABLE_SCHEMA = ? and NON_UNIQUE = 1"),
            Map.entry(ObjectKind.AUTO_NUMBERED_COLUMNS, "select count(*) from information_schema.COLUMNS"
                    + " where TABLE_SCHEMA = ? and EXTRA like '%auto_increment%'"),
            Map.entry(ObjectKind.VIEWS, "select count(*) from information_schema.VIEWS where TABLE_SCHEMA = ?"),
            Map.entry(ObjectKind.TRIGGERS, "select count(*) from information_schema.TRIGGERS"
                    + " where TRIGGER_SCHEMA = ?"),
            Map.entry(ObjectKind.ROUTINES, "select count(*) from information_schema.ROUTINES"
                    + " where ROUTINE_SCHEMA = ?"));

    private SourceObjectCount() {
    }

    /** The counts of {@code database}; sequences and enum types, which MySQL lacks, have none. */
    public static ObjectCounts of(DataSource source, String database) throws SQLException {
        Map<ObjectKind, Integer> counts = new EnumMap<>(ObjectKind.class);
        counts.put(ObjectKind.SCHEMAS, 1);
        try (Connection connection = source.getConnection()) {
            for (Map.Entry<ObjectKind, String> query : QUERIES.entrySet()) {
                counts.put(query.getKey(), Sql.count(connection, query.getValue(), database));
            }
        }
        return new ObjectCounts(counts);
    }

    private static String constraints(String type) {
        return "select count(*) from information_schema.TABLE_CONSTRAINTS where CONSTRAINT_SCHEMA = ?"
                + " and CONSTRAINT_TYPE = '" + type + "'";
    }
}
