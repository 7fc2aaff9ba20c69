package ai.dflux.systemtests.replication;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.UUID;

/** The PostgreSQL source schema (schema {@code public}) and its type-specific writes. */
public final class PostgresWorkload implements WorkloadDialect {

    private static final String[] MOODS = {"sad", "ok", "happy"};
    private static final String[] INTERVALS = {"3 days 04:05:06.5", "-1 mons +2 days", "00:00:00", "1 year 2 mons",
        "-00:00:01.000001"};

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public void createSchema(Connection connection, int accountRows) throws SQLException {
        Sql.execute(connection,
                "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')",
                """
                CREATE TABLE type_samples (
                  id bigint PRIMARY KEY,
                  amount numeric(20,6),
                  happened_at timestamp(6),
                  happened_tz timestamptz,
                  day date,
                  payload bytea,
                  doc_b jsonb,
                  doc json,
                  scores int[],
                  tags text[],
                  ref uuid,
                  mood mood,
                  active boolean,
                  body text,
                  label varchar(40),
                  ratio double precision,
                  span interval,
                  summary text NOT NULL)""",
                """
                CREATE TABLE accounts (
                  id bigint PRIMARY KEY,
                  owner varchar(80) NOT NULL,
                  balance numeric(20,6) NOT NULL,
                  opened date,
                  updated_at timestamptz,
                  note text)""",
                "CREATE TABLE workload_marker (id bigint PRIMARY KEY, label text NOT NULL,"
                        + " written_at timestamptz NOT NULL DEFAULT now())",
                // every tenth body is ~10 kB of hex digits: compressed still past the TOAST threshold
                """
                INSERT INTO type_samples
                SELECT g, (g * 7919 % 100000000) / 1000.0, timestamp '2020-01-01' + g * interval '17 minutes 3.25 s',
                       timestamptz '2020-01-01 00:00:00+00' + g * interval '1 hour',
                       CASE WHEN g % 97 = 0 THEN date '-infinity' WHEN g % 89 = 0 THEN date 'infinity'
                            ELSE date '2000-01-01' + g END,
                       decode(md5(g::text), 'hex'),
                       jsonb_build_object('n', g, 'tag', 'row ' || g, 'nested', jsonb_build_array(g, 'x', null)),
                       ('{"b": ' || g || ', "a":  "spaced"}')::json,
                       ARRAY[g, g + 1, NULL]::int[], ARRAY['t' || g, '', NULL]::text[],
                       md5(g::text)::uuid, (ARRAY['sad', 'ok', 'happy'])[g % 3 + 1]::mood, g % 2 = 0,
                       CASE WHEN g % 10 = 0
                            THEN (SELECT string_agg(md5(g::text || ':' || i), '') FROM generate_series(1, 320) i)
                            WHEN g % 10 = 1 THEN NULL WHEN g % 10 = 2 THEN '' ELSE 'short ' || g END,
                       CASE WHEN g % 5 = 0 THEN NULL WHEN g % 5 = 1 THEN '' ELSE 'label ✓ ' || g END,
                       g / 7.0::double precision, g * interval '1 minute 1.5 s',
                       CASE WHEN g % 10 = 5
                            THEN (SELECT string_agg(md5(g::text || '/' || i), '') FROM generate_series(1, 320) i)
                            ELSE 'summary ' || g END
                FROM generate_series(1, """ + SAMPLE_ROWS + ") g",
                """
                INSERT INTO accounts
                SELECT g, 'owner-' || g, (g::numeric * 7919 % 1000000) / 100, date '2000-01-01' + g % 9000,
                       timestamptz '2024-01-01 00:00:00+00' + g * interval '1 second',
                       CASE WHEN g % 5 = 0 THEN NULL WHEN g % 7 = 0 THEN '' ELSE md5(g::text) END
                FROM generate_series(1, """ + accountRows + ") g",
                "ANALYZE");
    }

    @Override
    public void prepareSession(Connection connection) throws SQLException {
        Sql.execute(connection, "SET TIME ZONE 'UTC'");
    }

    @Override
    public void insertSample(Connection connection, long id, RandomValues values) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO type_samples (id, amount, happened_at, happened_tz, day, payload, doc_b, doc, scores, tags,
                  ref, mood, active, body, label, ratio, span, summary)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::json, ?, ?, ?, ?::mood, ?, ?, ?, ?, ?::interval, ?)""")) {
            insert.setLong(1, id);
            insert.setObject(2, values.amount());
            insert.setObject(3, values.chance(0.1) ? null : values.dateTime());
            insert.setObject(4, values.chance(0.1) ? null : values.dateTime().atOffset(ZoneOffset.ofHours(
                    values.between(-12, 14))));
            insert.setObject(5, values.chance(0.1) ? null : values.date());
            insert.setObject(6, values.chance(0.1) ? null : values.bytes());
            insert.setObject(7, values.chance(0.1) ? null : values.json());
            insert.setObject(8, values.chance(0.1) ? null : values.json());
            insert.setObject(9, values.chance(0.1) ? null : connection.createArrayOf("int4",
                    new Integer[] {values.between(-5, 5), null, values.random().nextInt()}));
            insert.setObject(10, values.chance(0.1) ? null : connection.createArrayOf("text",
                    new String[] {values.nullEmptyOrWords(20), "", "a,b", "{braced}"}));
            insert.setObject(11, values.chance(0.1) ? null : new UUID(values.random().nextLong(),
                    values.random().nextLong()));
            insert.setObject(12, values.chance(0.1) ? null : values.oneOf(MOODS));
            insert.setObject(13, values.chance(0.1) ? null : values.random().nextBoolean());
            insert.setObject(14, values.body());
            insert.setObject(15, values.nullEmptyOrWords(40));
            insert.setObject(16, values.ratio());
            insert.setObject(17, values.chance(0.1) ? null : values.oneOf(INTERVALS));
            insert.setObject(18, values.chance(0.2) ? values.largeText() : values.text(values.between(0, 40)));
            insert.executeUpdate();
        }
    }

    @Override
    public void updateSampleColumns(Connection connection, long id, RandomValues values) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE type_samples SET amount = ?, label = ?, happened_tz = ?, doc_b = ?::jsonb, tags = ?,
                  active = ?, ratio = ?, day = ? WHERE id = ?""")) {
            update.setObject(1, values.amount());
            update.setObject(2, values.nullEmptyOrWords(40));
            update.setObject(3, values.dateTime().atOffset(ZoneOffset.UTC));
            update.setObject(4, values.chance(0.2) ? null : values.json());
            update.setObject(5, connection.createArrayOf("text", new String[] {values.nullEmptyOrWords(10)}));
            update.setObject(6, values.chance(0.2) ? null : values.random().nextBoolean());
            update.setObject(7, values.ratio());
            update.setObject(8, values.chance(0.05) ? null : values.date());
            update.setLong(9, id);
            update.executeUpdate();
        }
    }

    @Override
    public Object openedDate(RandomValues values) {
        return values.chance(0.1) ? null : values.date();
    }
}
