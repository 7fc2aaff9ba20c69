package ai.dflux.systemtests.replication;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;

/**
 * The MariaDB source schema (in the connection's database) and its type-specific writes. Sessions run without
 * {@code NO_ZERO_DATE}, so the zero date {@code 0000-00-00} can be written, and in UTC.
 */
public final class MariaDbWorkload implements WorkloadDialect {

    private static final String[] MOODS = {"sad", "ok", "happy"};
    private static final String[] FLAGS = {"", "red", "green,blue", "red,green,blue", "blue"};
    private static final int[] TINY = {0, 1, 1, 0, 2, -1};
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    static final String SQL_MODE = "STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public void createSchema(Connection connection, int accountRows) throws SQLException {
        prepareSession(connection);
        Sql.execute(connection,
                """
                CREATE TABLE type_samples (
                  id BIGINT NOT NULL PRIMARY KEY,
                  amount DECIMAL(20,6),
                  happened_at DATETIME(6) NOT NULL DEFAULT '0000-00-00 00:00:00',
                  happened_ts TIMESTAMP(6) NULL DEFAULT NULL,
                  day DATE NOT NULL DEFAULT '0000-00-00',
                  payload BLOB,
                  doc JSON,
                  mood ENUM('sad','ok','happy'),
                  flags SET('red','green','blue'),
                  bits BIT(5),
                  active TINYINT(1),
                  body LONGTEXT,
                  label VARCHAR(40),
                  ratio DOUBLE,
                  made YEAR
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""",
                """
                CREATE TABLE accounts (
                  id BIGINT NOT NULL PRIMARY KEY,
                  owner VARCHAR(80) NOT NULL,
                  balance DECIMAL(20,6) NOT NULL,
                  opened DATE,
                  updated_at TIMESTAMP(6) NULL DEFAULT NULL,
                  note TEXT
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""",
                """
                CREATE TABLE workload_marker (
                  id BIGINT NOT NULL PRIMARY KEY,
                  label VARCHAR(100) NOT NULL,
                  written_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""",
                """
                INSERT INTO type_samples
                SELECT seq, (seq * 7919 % 100000000) / 1000,
                       CASE WHEN seq % 89 = 0 THEN '0000-00-00 00:00:00'
                            ELSE TIMESTAMP'2020-01-01 00:00:00' + INTERVAL seq * 1023 SECOND + INTERVAL seq MICROSECOND
                       END,
                       FROM_UNIXTIME(1600000000 + seq * 3600.125),
                       CASE WHEN seq % 97 = 0 THEN '0000-00-00' ELSE DATE'2000-01-01' + INTERVAL seq DAY END,
                       UNHEX(MD5(seq)), CONCAT('{"b": ', seq, ', "a":  "spaced"}'),
                       ELT(seq % 3 + 1, 'sad', 'ok', 'happy'), ELT(seq % 4 + 1, '', 'red', 'green,blue', 'red,green,blue'),
                       seq % 32, seq % 3,
                       CASE WHEN seq % 10 = 0 THEN REPEAT(MD5(seq), 320) WHEN seq % 10 = 1 THEN NULL
                            WHEN seq % 10 = 2 THEN '' ELSE CONCAT('short ', seq) END,
                       CASE WHEN seq % 5 = 0 THEN NULL WHEN seq % 5 = 1 THEN '' ELSE CONCAT('label 😀 ', seq) END,
                       seq / 7e0, CASE WHEN seq % 50 = 0 THEN 0 ELSE 1901 + seq % 255 END
                FROM seq_1_to_""" + SAMPLE_ROWS,
                """
                INSERT INTO accounts
                SELECT seq, CONCAT('owner-', seq), (seq * 7919 % 1000000) / 100,
                       CASE WHEN seq % 101 = 0 THEN '0000-00-00' WHEN seq % 103 = 0 THEN NULL
                            ELSE DATE'2000-01-01' + INTERVAL (seq % 9000) DAY END, FROM_UNIXTIME(1704067200 + seq),
                       CASE WHEN seq % 5 = 0 THEN NULL WHEN seq % 7 = 0 THEN '' ELSE MD5(seq) END
                FROM seq_1_to_""" + accountRows,
                "ANALYZE TABLE type_samples, accounts");
    }

    @Override
    public void prepareSession(Connection connection) throws SQLException {
        Sql.execute(connection, "SET SESSION sql_mode = '" + SQL_MODE + "'", "SET SESSION time_zone = '+00:00'");
    }

    @Override
    public void insertSample(Connection connection, long id, RandomValues values) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO type_samples (id, amount, happened_at, happened_ts, day, payload, doc, mood, flags, bits,
                  active, body, label, ratio, made)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, id);
            insert.setObject(2, values.amount());
            insert.setObject(3, dateTimeOrZero(values));
            insert.setObject(4, values.chance(0.1) ? null : DATE_TIME.format(values.dateTime()));
            insert.setObject(5, dateOrZero(values));
            insert.setObject(6, values.chance(0.1) ? null : values.bytes());
            insert.setObject(7, values.chance(0.1) ? null : values.json());
            insert.setObject(8, values.chance(0.1) ? null : values.oneOf(MOODS));
            insert.setObject(9, values.chance(0.1) ? null : values.oneOf(FLAGS));
            insert.setObject(10, values.chance(0.1) ? null : values.between(0, 31));
            insert.setObject(11, values.chance(0.1) ? null : TINY[values.random().nextInt(TINY.length)]);
            insert.setObject(12, values.body());
            insert.setObject(13, values.nullEmptyOrWords(40));
            insert.setObject(14, values.ratio());
            insert.setObject(15, values.chance(0.1) ? null : values.chance(0.1) ? 0 : values.between(1901, 2155));
            insert.executeUpdate();
        }
    }

    @Override
    public void updateSampleColumns(Connection connection, long id, RandomValues values) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE type_samples SET amount = ?, label = ?, happened_ts = ?, doc = ?, flags = ?, bits = ?,
                  active = ?, ratio = ?, day = ? WHERE id = ?""")) {
            update.setObject(1, values.amount());
            update.setObject(2, values.nullEmptyOrWords(40));
            update.setObject(3, DATE_TIME.format(values.dateTime()));
            update.setObject(4, values.chance(0.2) ? null : values.json());
            update.setObject(5, values.oneOf(FLAGS));
            update.setObject(6, values.between(0, 31));
            update.setObject(7, TINY[values.random().nextInt(TINY.length)]);
            update.setObject(8, values.ratio());
            update.setObject(9, dateOrZero(values));
            update.setLong(10, id);
            update.executeUpdate();
        }
    }

    /**
     * The zero-date columns are NOT NULL: Debezium streams a zero date of a nullable column as NULL, a limitation
     * dflux states (docs/limitations.md) rather than a difference this comparison should hide.
     */
    /** A nullable DATE: its zero date and NULL both reach the binlog reader as null (decision 23). */
    @Override
    public Object openedDate(RandomValues values) {
        return values.chance(0.1) ? null : dateOrZero(values);
    }

    private static String dateOrZero(RandomValues values) {
        return values.chance(0.05) ? "0000-00-00" : values.date().toString();
    }

    private static String dateTimeOrZero(RandomValues values) {
        return values.chance(0.05) ? "0000-00-00 00:00:00" : DATE_TIME.format(values.dateTime());
    }
}
