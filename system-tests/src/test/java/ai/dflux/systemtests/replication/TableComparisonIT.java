package ai.dflux.systemtests.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import ai.dflux.testkit.MariaDbServer;
import ai.dflux.testkit.PostgresServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * The helpers of ReplicationIT checked on real servers without dflux: the workloads run on both dialects, rows are
 * copied by hand to PostgreSQL as {@code docs/type-mapping.md} says, {@link TableComparison} finds them equal and finds
 * every difference injected afterwards, with table, key and column.
 */
class TableComparisonIT {

    private static final int ACCOUNTS = 3_000;

    private static MariaDbServer mariadb;
    private static PostgresServer postgres;

    @BeforeAll
    static void start() {
        CompletableFuture<MariaDbServer> maria = CompletableFuture.supplyAsync(() -> MariaDbServer.create().start());
        postgres = PostgresServer.create().start();
        mariadb = maria.join();
    }

    @AfterAll
    static void stop() {
        if (mariadb != null) {
            mariadb.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void mariaDbRowsCopiedAsTheTypeMappingSaysCompareEqualAndInjectedDifferencesAreFound() throws Exception {
        mariadb.createDatabase("shop");
        DataSource source = mariadb.dataSource("shop");
        SourceWorkload.createSchema(source, new MariaDbWorkload(), ACCOUNTS);
        SourceWorkload workload = SourceWorkload.prepared("maria", source, new MariaDbWorkload(), 7, ACCOUNTS);
        WorkloadCounts counts = workload.runTransactions(400);
        workload.writeMarker();
        System.out.println("[e2e] MariaDB workload: " + counts);
        assertThat(counts.coversEveryOperation()).as("%s", counts).isTrue();
        assertThat(counts.failures()).isZero();

        postgres.createDatabase("maria_copy");
        DataSource target = postgres.dataSource("maria_copy");
        try (Connection t = target.getConnection()) {
            Sql.execute(t, "CREATE SCHEMA shop",
                    "CREATE TYPE shop.type_samples_mood AS ENUM ('', 'sad', 'ok', 'happy')",
                    """
                    CREATE TABLE shop.type_samples (id bigint PRIMARY KEY, amount numeric(20,6),
                      happened_at timestamp(6), happened_ts timestamptz(6), day date, payload bytea, doc text,
                      mood shop.type_samples_mood, flags text[], bits bit(5), active smallint, body text,
                      label varchar(40), ratio double precision, made smallint)""",
                    """
                    CREATE TABLE shop.accounts (id bigint PRIMARY KEY, owner varchar(80) NOT NULL,
                      balance numeric(20,6) NOT NULL, opened date, updated_at timestamptz(6), note text)""",
                    """
                    CREATE TABLE shop.workload_marker (id bigint PRIMARY KEY, label varchar(100) NOT NULL,
                      written_at timestamptz(6) NOT NULL)""");
        }
        copyByHand(source, target,
                """
                SELECT id, amount, %s, %s, %s, payload, doc, mood, CONCAT('{', flags, '}'), bits + 0,
                       CAST(active AS CHAR), body, label, ratio, CAST(made AS CHAR) FROM type_samples"""
                        .formatted(zeroToInfinity("happened_at", ""), zeroToInfinity("happened_ts", "+00"),
                                zeroToInfinity("day", "")),
                "INSERT INTO shop.type_samples VALUES (?::bigint, ?::numeric, ?::timestamp, ?::timestamptz, ?::date,"
                        + " ?, ?, ?::shop.type_samples_mood, ?::text[], ?::int::bit(5), ?::smallint, ?, ?,"
                        + " ?::double precision, ?::smallint)");
        copyByHand(source, target, "SELECT id, owner, balance, " + zeroToInfinity("opened", "") + ", "
                + zeroToInfinity("updated_at", "+00") + ", note FROM accounts",
                "INSERT INTO shop.accounts VALUES (?::bigint, ?, ?::numeric, ?::date, ?::timestamptz, ?)");
        copyByHand(source, target, "SELECT id, label, CONCAT(written_at, '+00') FROM workload_marker",
                "INSERT INTO shop.workload_marker VALUES (?::bigint, ?, ?::timestamptz)");

        TableComparison comparison = TableComparison.between(new MariaDbSide(source), "shop",
                new PostgresSide(target), "shop");
        ComparisonResult same = comparison.compareAll().assertIdentical();
        assertThat(same.rows()).containsKeys("type_samples", "accounts", "workload_marker");
        assertThat(same.rows().get("accounts")).isGreaterThanOrEqualTo(ACCOUNTS);

        String label = firstId(source, "type_samples", "label IS NOT NULL");
        String zeroDay = firstId(source, "type_samples", "CAST(day AS CHAR) = '0000-00-00'");
        String flags = firstId(source, "type_samples", "flags = 'green,blue'");
        String bits = firstId(source, "type_samples", "bits + 0 < 31");
        String instant = firstId(source, "type_samples", "happened_ts > '1971-01-01'");
        String account = firstId(source, "accounts", "1 = 1");
        try (Connection t = target.getConnection()) {
            Sql.execute(t, "UPDATE shop.type_samples SET label = label || '!' WHERE id = " + label,
                    "UPDATE shop.type_samples SET day = date '2001-01-01' WHERE id = " + zeroDay,
                    "UPDATE shop.type_samples SET flags = '{blue,green}' WHERE id = " + flags,
                    "UPDATE shop.type_samples SET bits = B'11111' WHERE id = " + bits,
                    "UPDATE shop.type_samples SET happened_ts = happened_ts + interval '1 microsecond' WHERE id = "
                            + instant,
                    "DELETE FROM shop.accounts WHERE id = " + account);
        }
        ComparisonResult found = comparison.compareAll();
        System.out.println("[e2e] injected differences found: " + found.differences());
        assertThat(found.differences()).extracting(Difference::table, Difference::key, Difference::column)
                .containsExactlyInAnyOrder(tuple("type_samples", label, "label"), tuple("type_samples", zeroDay, "day"),
                        tuple("type_samples", flags, "flags"), tuple("type_samples", bits, "bits"),
                        tuple("type_samples", instant, "happened_ts"), tuple("accounts", account, Difference.ROW));
        assertThat(found.differences()).filteredOn(d -> d.column().equals("day")).singleElement()
                .extracting(Difference::source).isEqualTo("-infinity");
        assertThat(found.differences()).filteredOn(d -> d.column().equals("flags")).singleElement()
                .extracting(Difference::source, Difference::target)
                .containsExactly("[\"green\",\"blue\"]", "[\"blue\",\"green\"]");
    }

    @Test
    void postgresRowsCopiedWithCopyCompareEqualAndInjectedDifferencesAreFound() throws Exception {
        postgres.createDatabase("pg_source");
        postgres.createDatabase("pg_copy");
        DataSource source = postgres.dataSource("pg_source");
        DataSource target = postgres.dataSource("pg_copy");
        SourceWorkload.createSchema(source, new PostgresWorkload(), ACCOUNTS);
        SourceWorkload.createSchema(target, new PostgresWorkload(), 0);

        SourceWorkload workload = SourceWorkload.start("pg", source, new PostgresWorkload(), 11, ACCOUNTS);
        await("the background workload did every kind of change").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(100)).until(() -> workload.counts().coversEveryOperation());
        WorkloadCounts counts = workload.stop();
        workload.writeMarker();
        assertThat(counts.transactions()).isPositive();
        assertThat(counts.failures()).isZero();

        for (String table : List.of("type_samples", "accounts", "workload_marker")) {
            copyWithCopy(source, target, table);
        }
        TableComparison comparison = TableComparison.between(new PostgresSide(source), "public",
                new PostgresSide(target), "public");
        comparison.compareAll().assertIdentical();

        String seeded = firstId(source, "type_samples", "id <= " + WorkloadDialect.SAMPLE_ROWS + " AND doc IS NOT NULL");
        String toasted = firstId(source, "type_samples", "length(body) > 8000");
        String tags = firstId(source, "type_samples", "tags IS NOT NULL");
        String payload = firstId(source, "type_samples", "payload IS NOT NULL");
        String span = firstId(source, "type_samples", "span IS NOT NULL");
        String ratio = firstId(source, "type_samples", "abs(ratio) < 1000");
        try (Connection t = target.getConnection()) {
            Sql.execute(t,
                    // the seeded JSON with its keys in another order and without blanks: no difference
                    "UPDATE public.type_samples SET doc = ('{\"a\":\"spaced\",\"b\":' || id || '}')::json WHERE id = "
                            + seeded,
                    "UPDATE public.type_samples SET body = body || 'x' WHERE id = " + toasted,
                    "UPDATE public.type_samples SET tags = tags || 'extra'::text WHERE id = " + tags,
                    "UPDATE public.type_samples SET payload = NULL WHERE id = " + payload,
                    "UPDATE public.type_samples SET span = span + interval '1 s' WHERE id = " + span,
                    "UPDATE public.type_samples SET ratio = ratio + 1 WHERE id = " + ratio,
                    "INSERT INTO public.accounts VALUES (999999999, 'extra', 0, NULL, NULL, NULL)");
        }
        ComparisonResult found = comparison.compareAll();
        System.out.println("[e2e] injected differences found: " + found.differences());
        assertThat(found.differences()).extracting(Difference::table, Difference::key, Difference::column)
                .containsExactlyInAnyOrder(tuple("type_samples", toasted, "body"), tuple("type_samples", tags, "tags"),
                        tuple("type_samples", payload, "payload"), tuple("type_samples", span, "span"),
                        tuple("type_samples", ratio, "ratio"), tuple("accounts", "999999999", Difference.ROW));
        assertThat(found.differences()).filteredOn(d -> d.column().equals("body")).singleElement()
                .asString().as("a large value is abbreviated").contains("chars, hash");
    }

    /** The smallest id of {@code table} whose row matches {@code condition}, as the comparison prints keys. */
    private static String firstId(DataSource source, String table, String condition) throws Exception {
        try (Connection c = source.getConnection()) {
            long id = Sql.count(c, "SELECT min(id) FROM " + table + " WHERE " + condition);
            assertThat(id).as("a row of %s where %s", table, condition).isPositive();
            return Long.toString(id);
        }
    }

    /** A MySQL zero date as {@code -infinity}, else the value's text with {@code suffix} (a UTC offset). */
    private static String zeroToInfinity(String column, String suffix) {
        return "CASE WHEN CAST(" + column + " AS CHAR) LIKE '0000-00-00%' THEN '-infinity' ELSE CONCAT(" + column
                + ", '" + suffix + "') END";
    }

    /** Reads every row with {@code select} and writes it with {@code insert}, text for text, bytes for bytes. */
    private static void copyByHand(DataSource source, DataSource target, String select, String insert)
            throws Exception {
        try (Connection s = source.getConnection(); Connection t = target.getConnection()) {
            new MariaDbWorkload().prepareSession(s);
            try (PreparedStatement read = s.prepareStatement(select); ResultSet rows = read.executeQuery();
                    PreparedStatement write = t.prepareStatement(insert)) {
                ResultSetMetaData meta = rows.getMetaData();
                while (rows.next()) {
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        if (meta.getColumnTypeName(i).toUpperCase().contains("BLOB")) {
                            write.setBytes(i, rows.getBytes(i));
                        } else {
                            write.setString(i, rows.getString(i));
                        }
                    }
                    write.addBatch();
                }
                write.executeBatch();
            }
        }
    }

    private static void copyWithCopy(DataSource source, DataSource target, String table) throws Exception {
        try (Connection s = source.getConnection(); Connection t = target.getConnection()) {
            ByteArrayOutputStream rows = new ByteArrayOutputStream();
            new CopyManager(s.unwrap(BaseConnection.class)).copyOut("COPY public." + table + " TO STDOUT", rows);
            Sql.execute(t, "TRUNCATE public." + table);
            new CopyManager(t.unwrap(BaseConnection.class)).copyIn("COPY public." + table + " FROM STDIN",
                    new ByteArrayInputStream(rows.toByteArray()));
        }
    }
}
