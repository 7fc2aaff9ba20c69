package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.executor.domain.ServerCredentials;
import ai.dflux.executor.domain.position.SnapshotPosition;
import ai.dflux.testkit.PostgresServer;
import ai.dflux.testkit.ServerExtension;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Values Debezium's own conversion leaves out of a PostgreSQL change (a composite type, {@code pg_lsn}, {@code tsquery},
 * the transaction id and snapshot types) or changes (a {@code varbit} loses its length and leading zeros, a
 * {@code bit(1)} becomes a boolean, an array its bounds and second dimension, a shape becomes bytes), TOASTed values an
 * update leaves untouched, and special and far values (not-a-number, infinities, BC and far years) stream and reach the
 * target exactly, in a table without a key too, where the rows to change are found by these values.
 */
class PostgresUnusualTypesStreamIT {

    private static final String DDL = """
            CREATE TYPE tagged AS (label text, n int);
            CREATE DOMAIN int_list AS int[];
            CREATE TABLE oddities (id int PRIMARY KEY, tag tagged, lsn pg_lsn, q tsquery, xact xid, flag bit(1),
                bits varbit, byte varbit(8), nibble bit(4), words tsvector, span int4range, segment lseg, frame box,
                route path, shape polygon, ring circle, edge line, mac8 macaddr8, cash money, jpath jsonpath,
                shifted int[], grid int[][], parts tagged[], listed int_list, clocks timetz[]);
            """;
    private static final String[] COLUMNS = {"id", "tag:tagged", "lsn:pg_lsn", "q:tsquery", "xact:xid", "flag:bit(1)",
        "bits:varbit", "byte:varbit(8)", "nibble:bit(4)", "words:tsvector", "span:int4range", "segment:lseg",
        "frame:box", "route:path", "shape:polygon", "ring:circle", "edge:line", "mac8:macaddr8", "cash:money",
        "jpath:jsonpath", "shifted:int[]", "grid:int[]", "parts:tagged[]", "listed:int_list",
        "clocks:timetz[]"};
    /** 16,000 characters that do not compress, kept out of line (TOASTed) where the column's storage is external. */
    private static final String LONG_TEXT = "(SELECT string_agg(md5(g::text), '') FROM generate_series(1, 500) g)";

    private static final String KEYLESS_DDL = """
            CREATE TYPE tagged AS (label text, n int);
            CREATE TYPE labelled_doc AS (label text, body json);
            CREATE TABLE snapshots (n int, xact8 xid8, snap pg_snapshot, txsnap txid_snapshot, path jsonpath,
                tag tagged, doc labelled_doc);
            """;
    private static final String[] KEYLESS_COLUMNS = {"n", "xact8:xid8", "snap:pg_snapshot", "txsnap:txid_snapshot",
        "path:jsonpath", "tag:tagged", "doc:labelled_doc"};

    private static final String SPECIAL_DDL = """
            CREATE EXTENSION cube; CREATE EXTENSION seg; CREATE EXTENSION hstore; CREATE EXTENSION citext;
            CREATE DOMAIN sha AS bytea; CREATE DOMAIN docj AS json; CREATE DOMAIN labels AS hstore;
            CREATE TABLE specials (id int PRIMARY KEY, amount numeric, price numeric(10,2), ratio float8, share real,
                at timestamp, at_tz timestamptz, day date, midnight time, blob sha, box cube, range seg, words hstore,
                word citext, doc docj, tags labels, span interval, flag "char",
                label name, ref oid, host inet, net cidr, mac macaddr, uid uuid, raw bytea);
            """;

    @RegisterExtension
    static final ServerExtension<PostgresServer> postgres = ServerExtension.postgres();

    @Test
    void valuesDebeziumWouldDropOrChangeStreamExactly() {
        Streamed streamed = Streamed.prepare("odd", DDL, Plans.table("public", "public", "oddities", List.of("id"),
                COLUMNS));
        DataSource source = streamed.source();
        DataSource target = streamed.target();
        Sql.run(source, "ALTER TABLE oddities ALTER COLUMN tag SET STORAGE EXTERNAL, ALTER COLUMN parts SET STORAGE"
                + " EXTERNAL, ALTER COLUMN bits SET STORAGE EXTERNAL");
        ChangeStreamSpec spec = streamed.spec();
        try (ChangeStream stream = ChangeStream.start(spec)) {
            Sql.run(source, "INSERT INTO oddities VALUES"
                    + " (1, ROW('a \"b\", c', 2), '0/16B3748', 'fat & !cat', '7', B'1', B'0101', B'00000011', B'0110',"
                    + " 'fat cat', '[1,5)', '[(1,2),(3.5,4)]', '(3,4),(1,2)', '[(0,0),(1,1),(2,0)]',"
                    + " '((0,0),(1,1),(1,0))', '<(1,1),2.5>', '{1,-1,0}', '08:00:2b:01:02:03:04:05', 12.34,"
                    + " '$.a[*] ? (@ > 1)', '[0:1]={1,2}', '{{1,2},{3,NULL}}', ARRAY[ROW('x', 1), NULL]::tagged[],"
                    + " '[-1:0]={7,8}', '{10:00:00.5+05:30,23:59:59-14:59}'),"
                    + " (2, ROW(NULL, NULL), NULL, NULL, NULL, B'0', B'', B'0', B'0000', '', 'empty', NULL, NULL, NULL,"
                    + " NULL, NULL, NULL, NULL, NULL, NULL, '{}', '{}', '{}', '{}', '{}'),"
                    + " (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
                    + " NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)",
                    "INSERT INTO oddities (id, tag, parts, bits, cash) SELECT 5, ROW(t, 5)::tagged,"
                            + " ARRAY[ROW(t, 6)]::tagged[],"
                            + " (SELECT string_agg((g % 2)::text, '')::varbit FROM generate_series(1, 70000) g), 0"
                            + " FROM " + LONG_TEXT + " AS long(t)",
                    "UPDATE oddities SET cash = 1 WHERE id = 5",
                    "UPDATE oddities SET tag = ROW('changed', 3), bits = B'001', flag = B'0' WHERE id = 1",
                    "UPDATE oddities SET tag = ROW('moved', 4), id = 4 WHERE id = 2",
                    "DELETE FROM oddities WHERE id = 3");
            awaitSame(source, target, "oddities");
            assertThat(Sql.text(target, "SELECT length((tag).label) || ' ' || length(parts::text) || ' '"
                    + " || length(bits) || ' ' || cash FROM oddities WHERE id = 5"))
                    .as("TOASTed values an update left untouched").isEqualTo("16000 16008 70000 $1.00");
            assertThat(Sql.text(target, "SELECT shifted::text || ' ' || grid::text || ' ' || parts::text || ' '"
                    + " || listed::text || ' ' || clocks::text FROM oddities WHERE id = 1"))
                    .isEqualTo("[0:1]={1,2} {{1,2},{3,NULL}} {\"(x,1)\",NULL} [-1:0]={7,8}"
                            + " {10:00:00.5+05:30,23:59:59-14:59}");
            assertThat(Sql.text(target, "SELECT tag::text || ' ' || bits::text || ' ' || byte::text FROM oddities"
                    + " WHERE id = 1")).isEqualTo("(changed,3) 001 00000011");
            assertThat(stream.progress().state()).isEqualTo(StreamProgress.State.RUNNING);
        }
    }

    @Test
    void rowsOfAKeylessTableAreFoundByValuesWithoutAnEqualityForAParameter() {
        Streamed streamed = Streamed.prepare("snap", KEYLESS_DDL, Plans.table("public", "public", "snapshots",
                List.of(), KEYLESS_COLUMNS));
        DataSource source = streamed.source();
        DataSource target = streamed.target();
        Sql.run(source, "ALTER TABLE snapshots REPLICA IDENTITY FULL");
        ChangeStreamSpec spec = streamed.spec();
        String twin = "(2, '18446744073709551615', '10:20:10,14,15', '10:20:', '$.a[*] ? (@ > 1)', ROW('x', 1),"
                + " ROW('twin', '{\"k\":  [1, 2]}'))";
        try (ChangeStream stream = ChangeStream.start(spec)) {
            Sql.run(source, "INSERT INTO snapshots VALUES"
                    + " (1, '5', pg_current_snapshot(), txid_current_snapshot(), '$.x', ROW('a,\"b', NULL), NULL), "
                    + twin + ", " + twin + ", (3, NULL, NULL, NULL, NULL, NULL, NULL)");
            awaitSame(source, target, "snapshots");
            Sql.run(source, "UPDATE snapshots SET n = 20 WHERE ctid = (SELECT min(ctid) FROM snapshots WHERE n = 2)",
                    "UPDATE snapshots SET xact8 = '6', path = '$.y' WHERE n = 1",
                    "DELETE FROM snapshots WHERE n = 3");
            awaitSame(source, target, "snapshots");
            assertThat(Sql.text(target, "SELECT string_agg(n::text, ',' ORDER BY n) FROM snapshots"))
                    .isEqualTo("1,2,20");
            assertThat(stream.progress().state()).isEqualTo(StreamProgress.State.RUNNING);
        }
    }

    @Test
    void notANumberInfinitiesFarDatesAndLessCommonTypesStreamAsThemselves() {
        Streamed streamed = Streamed.prepare("spec", SPECIAL_DDL, Plans.table("public", "public", "specials",
                List.of("id"), "id", "amount:numeric", "price:numeric(10,2)", "ratio:float8", "share:real",
                "at:timestamp", "at_tz:timestamptz", "day:date", "midnight:time", "span:interval", "flag:\"char\"",
                "label:name", "ref:oid", "host:inet", "net:cidr", "mac:macaddr", "uid:uuid", "raw:bytea", "blob:sha",
                "box:cube", "range:seg", "words:hstore", "word:citext", "doc:docj", "tags:labels"));
        DataSource source = streamed.source();
        DataSource target = streamed.target();
        ChangeStreamSpec spec = streamed.spec();
        try (ChangeStream stream = ChangeStream.start(spec)) {
            Sql.run(source, "INSERT INTO specials VALUES"
                    + " (1, 'NaN', 'NaN', 'NaN', 'NaN', 'infinity', 'infinity', 'infinity'),"
                    + " (2, 'Infinity', 1.5, 'Infinity', 'Infinity', '-infinity', '-infinity', '-infinity'),"
                    + " (3, '-Infinity', -0.5, '-Infinity', '-Infinity', '12345-06-07 08:09:10.111213',"
                    + " '4713-01-01 00:00:00+00 BC', '5874897-12-31'),"
                    + " (5, 0, 0, 0, 0, '2024-02-29 23:59:59.999999', '12345-06-07 08:09:10.5+02', '0001-01-01 BC'),"
                    + " (4, -0.0, 0, '-0', '1.17549435e-38', '4713-11-24 00:00:00 BC', '2000-01-01 00:00:00+00',"
                    + " '4713-11-24 BC')");
            Sql.run(source, "UPDATE specials SET midnight = '24:00:00', span = '-178000000 years', flag = 'x',"
                    + " label = 'n', ref = 4294967295, host = '::1/64', net = '10.0.0.0/8', mac = '08:00:2b:01:02:03',"
                    + " uid = gen_random_uuid(), raw = '' , blob = '\\x00ff', box = '(1, 2.5), (3, 4)',"
                    + " range = '1.5 .. 2.5', words = 'a=>1, \"b c\"=>NULL', word = 'MiXed', doc = '{\"k\":  1}',"
                    + " tags = 'x=>\"y, z\"'"
                    + " WHERE id = 1",
                    "UPDATE specials SET span = '1 mon -1 day -00:00:00.000001', raw = '\\x00' WHERE id = 2");
            awaitSame(source, target, "specials");
            assertThat(stream.progress().state()).isEqualTo(StreamProgress.State.RUNNING);
        }
    }

    private static void awaitSame(DataSource source, DataSource target, String table) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(TableChecksum.of(target, table)).isEqualTo(TableChecksum.of(source, table)));
    }

    /** A source and a target with the same tables, the source's table published with a slot, and the stream's spec. */
    private record Streamed(DataSource source, DataSource target, ChangeStreamSpec spec) {

        static Streamed prepare(String name, String ddl, TablePlan plan) {
            PostgresServer server = postgres.server();
            DatabasePair databases = DatabasePair.create(server, name + "_src", ddl, name + "_tgt", ddl);
            Sql.run(databases.source(), "CREATE PUBLICATION " + name + "_pub FOR TABLE " + plan.sourceTable());
            String lsn = Sql.text(databases.source(), "SELECT lsn FROM pg_create_logical_replication_slot('" + name
                    + "_slot', 'pgoutput')");
            ChangeStreamSpec spec = new ChangeStreamSpec(name + "-1", ServerCredentials.of(server, name + "_src"),
                    ServerCredentials.of(server, name + "_tgt"), List.of(plan),
                    SnapshotPosition.postgres(name + "_slot", name + "_pub", lsn));
            return new Streamed(databases.source(), databases.target(), spec);
        }
    }
}
