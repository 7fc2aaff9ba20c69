package ai.dflux.executor.domain.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.contracts.conversion.ValueRule;
import ai.dflux.executor.domain.ServerCredentials;
import ai.dflux.executor.domain.position.SnapshotPosition;
import ai.dflux.testkit.PostgresServer;
import ai.dflux.testkit.ServerExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.jdbc.PreferQueryMode;
import org.postgresql.replication.PGReplicationStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PostgreSQL to PostgreSQL: the copy holds exactly the source's rows as of the slot's exported snapshot, survives an
 * interruption without losing or doubling a chunk, and leaves nothing on the source once dropped.
 */
class PostgresInitialCopyIT {

    private static final String SOURCE_DB = "copy_pg_source";
    private static final int ITEMS = 1000;

    @RegisterExtension
    static final ServerExtension<PostgresServer> postgres = ServerExtension.postgres();

    private static final String SCHEMA = """
            CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
            CREATE TABLE item (id bigint PRIMARY KEY, amount numeric(20,5), at timestamptz, data bytea, doc jsonb,
                numbers integer[], tags text[], ref uuid, feeling mood, note text,
                twice bigint GENERATED ALWAYS AS (id * 2) STORED);
            CREATE TABLE pair (code text, n integer, label varchar(20), PRIMARY KEY (code, n));
            CREATE TABLE loose (line text, at date);
            """;

    @BeforeAll
    static void createSource() throws SQLException {
        postgres.server().createDatabase(SOURCE_DB);
        execute(sourceDb(), SCHEMA + """
                INSERT INTO item (id, amount, at, data, doc, numbers, tags, ref, feeling, note)
                SELECT i, i * 1.5 + 0.00001, timestamptz '2024-02-29 23:59:59.123456+05:30' + i * interval '1 hour',
                    decode(md5(i::text), 'hex'), jsonb_build_object('i', i, 'nested', jsonb_build_array(i, 'x')),
                    ARRAY[i, -i, NULL], ARRAY['a' || i, 'with "quote"', 'back\\slash'], md5(i::text)::uuid,
                    (ARRAY['sad','ok','happy'])[1 + i % 3]::mood,
                    CASE i % 5 WHEN 0 THEN NULL WHEN 1 THEN '' WHEN 2 THEN E'tab\\there\\nnewline\\r\\\\' ELSE 'ü€😀 ' || i END
                FROM generate_series(1, @ITEMS@) i;
                INSERT INTO pair SELECT chr(65 + i % 26) || i, i % 7, 'label ' || i FROM generate_series(1, 500) i;
                INSERT INTO loose SELECT 'line ' || i, date '2000-01-01' + i FROM generate_series(1, 50) i;
                INSERT INTO loose VALUES (NULL, NULL), ('', 'infinity');
                """.replace("@ITEMS@", String.valueOf(ITEMS)));
    }

    @Test
    void copiesEveryTypeExactlyInParallelChunks() throws SQLException {
        UUID migration = UUID.randomUUID();
        DataSource target = newTarget("copy_pg_types");
        execute(target, """
                CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'a trigger fired during the copy'; END $$;
                CREATE TRIGGER refuse BEFORE INSERT ON loose FOR EACH ROW EXECUTE FUNCTION refuse();
                """);
        AtomicInteger chunks = new AtomicInteger();
        CopyListener counting = new CopyListener() {
            @Override
            public void chunkFinished(TablePlan table, int chunkNo, long rows, long bytes) {
                chunks.incrementAndGet();
            }
        };

        CopyResult result = copy(migration, target, counting, 100).run(plans());

        assertThat(result.complete()).isTrue();
        assertThat(result.readers()).isEqualTo(2);
        assertThat(result.rowsCopied()).isEqualTo(ITEMS + 500 + 52);
        assertThat(result.bytesCopied()).isPositive();
        assertThat(chunks.get()).isEqualTo(result.chunksCopied()).isGreaterThan(10);
        assertSameRows(target);
        assertThat(query(target, "SELECT count(*) FROM item WHERE note = ''")).isEqualTo("200");
        assertThat(query(target, "SELECT count(*) FROM item WHERE note IS NULL")).isEqualTo("200");
        drop(migration);
    }

    @Test
    void aTableEstimatedAtNoMoreThanTheWholeTableRowsIsReadWholeInOneChunk() throws SQLException {
        execute(sourceDb(), "ANALYZE item; ANALYZE pair; ANALYZE loose");
        UUID migration = UUID.randomUUID();
        DataSource target = newTarget("copy_pg_whole");
        Map<String, Integer> chunksByTable = new ConcurrentHashMap<>();
        CopyListener planned = new CopyListener() {
            @Override
            public void tableStarted(TablePlan table, long estimatedRows, int chunks, int alreadyCopied) {
                chunksByTable.put(table.sourceTable(), chunks);
            }
        };

        CopyResult result = copy(migration, target, planned, CopyOptions.DEFAULTS.withChunkRows(100)
                .withWholeTableRows(2 * ITEMS)).run(plans());

        assertThat(result.complete()).isTrue();
        assertThat(chunksByTable).containsEntry("item", 1).containsEntry("pair", 1).containsEntry("loose", 1);
        assertSameRows(target);
        drop(migration);

        UUID split = UUID.randomUUID();
        DataSource splitTarget = newTarget("copy_pg_split");
        copy(split, splitTarget, planned, CopyOptions.DEFAULTS.withChunkRows(100).withWholeTableRows(ITEMS - 1))
                .run(plans());

        assertThat(chunksByTable).as("item holds more rows than the limit").containsEntry("pair", 1)
                .hasEntrySatisfying("item", chunks -> assertThat(chunks).isGreaterThan(1));
        assertSameRows(splitTarget);
        drop(split);
    }

    @Test
    void theLargestTableIsCopiedFirst() throws SQLException {
        execute(sourceDb(), "ANALYZE item; ANALYZE pair; ANALYZE loose");
        UUID migration = UUID.randomUUID();
        DataSource target = newTarget("copy_pg_largest_first");
        List<String> copiedTables = new CopyOnWriteArrayList<>();
        CopyListener order = new CopyListener() {
            @Override
            public void tableFinished(TablePlan table, long rows, long bytes, double seconds) {
                copiedTables.add(table.sourceTable());
            }
        };
        List<TablePlan> smallestFirst = List.of(plans().get(2), plans().get(1), plans().get(0));

        copy(migration, target, order, CopyOptions.DEFAULTS.withParallelism(1).withWholeTableRows(2 * ITEMS))
                .run(smallestFirst);

        assertThat(copiedTables).as("one reader, so the queue's order is the copy's").containsExactly("item", "pair",
                "loose");
        drop(migration);
    }

    @Test
    void theCopyIsTheSnapshotAndTheSlotStreamsWhatCameAfter() throws SQLException {
        UUID migration = UUID.randomUUID();
        DataSource target = newTarget("copy_pg_consistent");
        AtomicInteger started = new AtomicInteger();
        CopyListener writer = new CopyListener() {
            @Override
            public void tableStarted(TablePlan table, long estimatedRows, int chunks, int alreadyCopied) {
                if (started.getAndIncrement() == 0) {
                    // the test server commits asynchronously; the slot is read up to what is flushed
                    execute(sourceDb(), """
                            SET synchronous_commit = on;
                            INSERT INTO item (id, note) VALUES (100001, 'after the snapshot');
                            UPDATE item SET note = 'changed after the snapshot' WHERE id = 7;
                            DELETE FROM pair WHERE n = 3;
                            """);
                }
            }
        };
        String before = checksum(sourceDb(), "item", "id");
        try {
            CopyResult result = copy(migration, target, writer, 100).run(plans());

            assertThat(checksum(target, "item", "id")).isEqualTo(before);
            assertThat(query(target, "SELECT count(*) FROM item WHERE id = 100001")).isEqualTo("0");
            assertThat(query(target, "SELECT count(*) FROM pair WHERE n = 3")).isNotEqualTo("0");
            SnapshotPosition position = result.position();
            String slot = PostgresSnapshotSource.slotName(migration);
            assertThat(position.slotName()).isEqualTo(slot);
            assertThat(position.publicationName()).isEqualTo(slot);
            assertThat(query(sourceDb(), "SELECT confirmed_flush_lsn::text FROM"
                    + " pg_replication_slots WHERE slot_name = '" + slot + "'")).isEqualTo(position.lsn());
            assertThat(query(sourceDb(), "SELECT count(*) FROM item WHERE id = 100001"))
                    .as("the write after the snapshot happened").isEqualTo("1");
            assertThat(Integer.parseInt(query(sourceDb(), "SELECT count(*) FROM"
                    + " pg_logical_slot_peek_binary_changes('" + slot + "', NULL, NULL, 'proto_version', '1',"
                    + " 'publication_names', '" + slot + "')"))).as("changes after the snapshot wait in the slot")
                    .isGreaterThan(0);
        } finally {
            execute(sourceDb(), """
                    DELETE FROM item WHERE id = 100001;
                    UPDATE item SET note = CASE id % 5 WHEN 0 THEN NULL WHEN 1 THEN '' WHEN 2 THEN E'tab\\there\\nnewline\\r\\\\'
                        ELSE 'ü€😀 ' || id END WHERE id = 7;
                    INSERT INTO pair SELECT chr(65 + i % 26) || i, i % 7, 'label ' || i FROM generate_series(1, 500) i
                        WHERE i % 7 = 3;
                    """);
            drop(migration);
        }
    }

    @Test
    void allReadersSeeTheSlotsSnapshotAndDropLeavesNothing() throws SQLException {
        UUID migration = UUID.randomUUID();
        PostgresSnapshotSource source = new PostgresSnapshotSource(migration, credentials());
        String slot = PostgresSnapshotSource.slotName(migration);
        try (Snapshot snapshot = source.open(plans(), 3)) {
            execute(sourceDb(), "INSERT INTO loose VALUES ('after open', NULL)");

            assertThat(snapshot.readers()).hasSize(3);
            for (Connection reader : snapshot.readers()) {
                try (Statement statement = reader.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT count(*) FROM loose")) {
                    rows.next();
                    assertThat(rows.getLong(1)).isEqualTo(52);
                }
            }
            assertThat(snapshot.position().lsn()).isEqualTo(query(sourceDb(),
                    "SELECT confirmed_flush_lsn::text FROM pg_replication_slots WHERE slot_name = '" + slot + "'"));

            source.drop();
            source.drop();

            assertThat(query(sourceDb(), "SELECT count(*) FROM pg_replication_slots"
                    + " WHERE slot_name = '" + slot + "'")).isEqualTo("0");
            assertThat(query(sourceDb(), "SELECT count(*) FROM pg_publication WHERE pubname = '"
                    + slot + "'")).isEqualTo("0");
        } finally {
            execute(sourceDb(), "DELETE FROM loose WHERE line = 'after open'");
        }
    }

    @Test
    void dropEndsTheConnectionThatStreamsFromTheSlot() throws SQLException {
        UUID migration = UUID.randomUUID();
        PostgresSnapshotSource source = new PostgresSnapshotSource(migration, credentials());
        String slot = PostgresSnapshotSource.slotName(migration);
        source.open(plans(), 1).close();
        PGSimpleDataSource replication = (PGSimpleDataSource) sourceDb();
        replication.setReplication("database");
        replication.setPreferQueryMode(PreferQueryMode.SIMPLE);
        replication.setAssumeMinServerVersion("10");
        try (Connection streaming = replication.getConnection()) {
            PGReplicationStream stream = streaming.unwrap(PGConnection.class).getReplicationAPI().replicationStream()
                    .logical().withSlotName(slot).withSlotOption("proto_version", "1")
                    .withSlotOption("publication_names", slot).start();
            stream.readPending();
            assertThat(query(sourceDb(), "SELECT active::text FROM pg_replication_slots"
                    + " WHERE slot_name = '" + slot + "'")).isEqualTo("true");

            source.drop();

            assertThat(query(sourceDb(), "SELECT count(*) FROM pg_replication_slots"
                    + " WHERE slot_name = '" + slot + "'")).isEqualTo("0");
        }
    }

    @Test
    void aCancelledCopyResumesWithTheRemainingChunksOnly() throws SQLException {
        UUID migration = UUID.randomUUID();
        DataSource target = newTarget("copy_pg_resume");
        CancelAtThirdChunk cancelling = new CancelAtThirdChunk();
        InitialCopy first = cancelling.of(copy(migration, target, cancelling, 50));

        CopyResult interrupted = first.run(plans());

        assertThat(interrupted.complete()).isFalse();
        assertThat(new CopyBookkeeping(target).complete(migration)).isFalse();
        long partial = Long.parseLong(query(target, "SELECT count(*) FROM item"));
        assertThat(partial).isLessThan(ITEMS);
        long recorded = Long.parseLong(query(target, "SELECT count(*) FROM dflux_executor.copy_chunk WHERE"
                + " migration_id = '" + migration + "'"));
        assertThat(recorded).isEqualTo(interrupted.chunksCopied()).isGreaterThanOrEqualTo(3);

        CopyResult resumed = copy(migration, target, CopyListener.NONE, 50).run(plans());

        assertThat(resumed.complete()).isTrue();
        assertThat(new CopyBookkeeping(target).complete(migration)).isTrue();
        assertThat(resumed.chunksSkipped()).isEqualTo(interrupted.chunksCopied());
        assertThat(resumed.position()).isEqualTo(interrupted.position());
        assertThat(resumed.rowsCopied() + interrupted.rowsCopied()).isEqualTo(ITEMS + 500 + 52);
        assertSameRows(target);
        drop(migration);
        assertThat(query(sourceDb(), "SELECT count(*) FROM pg_replication_slots WHERE slot_name = '"
                + PostgresSnapshotSource.slotName(migration) + "'")).isEqualTo("0");
        assertThat(query(sourceDb(), "SELECT count(*) FROM pg_publication WHERE pubname = '"
                + PostgresSnapshotSource.slotName(migration) + "'")).isEqualTo("0");
    }

    @Test
    void aLargeTableIsLoadedWithoutItsPrimaryKeyWhichIsBuiltAgainOnceItsRowsAreIn() throws SQLException {
        UUID migration = UUID.randomUUID();
        DataSource target = newTarget("copy_pg_key_after");
        execute(target, "CREATE TABLE pair_note (code text, n integer, FOREIGN KEY (code, n) REFERENCES pair)");
        Map<String, String> keysBefore = primaryKeys(target);
        Map<String, List<String>> keysWhileLoading = new ConcurrentHashMap<>();
        List<String> keyBuilds = new CopyOnWriteArrayList<>();
        CopyListener looking = new CopyListener() {
            @Override
            public void chunkFinished(TablePlan table, int chunkNo, long rows, long bytes) {
                keysWhileLoading.computeIfAbsent(table.sourceTable(), t -> new CopyOnWriteArrayList<>())
                        .add(primaryKeys(target).getOrDefault(table.sourceTable(), "none"));
            }

            @Override
            public void keyBuildStarted(TablePlan table) {
                keyBuilds.add(table.sourceTable() + " " + query(target, "SELECT count(*) FROM " + table.sourceTable())
                        + " rows, key " + primaryKeys(target).getOrDefault(table.sourceTable(), "none"));
            }
        };

        CopyResult result = copy(migration, target, looking, CopyOptions.DEFAULTS.withChunkRows(100)
                .withWholeTableRows(0).withKeyAfterRows(0)).run(plans());

        assertThat(result.complete()).isTrue();
        assertThat(keysWhileLoading.get("item")).as("item's key while its chunks load").hasSizeGreaterThan(1)
                .containsOnly("none");
        assertThat(keysWhileLoading.get("pair")).as("pair's key is referenced by a foreign key, so it stays")
                .containsOnly(keysBefore.get("pair"));
        assertThat(keyBuilds).as("told once item's rows are in, before its key is built")
                .containsExactly("item " + ITEMS + " rows, key none");
        assertThat(primaryKeys(target)).isEqualTo(keysBefore).containsEntry("item", "item_pkey PRIMARY KEY (id)");
        assertThat(query(target, "SELECT count(*) FROM " + DeferredKeys.TABLE)).isEqualTo("0");
        assertSameRows(target);
        drop(migration);
    }

    /** The threshold counts the source's estimate: item's 1,000 rows reach it, pair's 500 do not. */
    @Test
    void onlyATableTheSourceEstimatesAtTheThresholdOrMoreIsLoadedWithoutItsKey() throws SQLException {
        UUID migration = UUID.randomUUID();
        DataSource target = newTarget("copy_pg_key_threshold");
        Map<String, String> keysBefore = primaryKeys(target);
        Map<String, List<String>> keysWhileLoading = new ConcurrentHashMap<>();
        CopyListener looking = new CopyListener() {
            @Override
            public void chunkFinished(TablePlan table, int chunkNo, long rows, long bytes) {
                keysWhileLoading.computeIfAbsent(table.sourceTable(), t -> new CopyOnWriteArrayList<>())
                        .add(primaryKeys(target).getOrDefault(table.sourceTable(), "none"));
            }
        };

        CopyResult result = copy(migration, target, looking, CopyOptions.DEFAULTS.withChunkRows(100)
                .withWholeTableRows(0).withKeyAfterRows(ITEMS)).run(plans());

        assertThat(result.complete()).isTrue();
        assertThat(keysWhileLoading.get("item")).as("item's key while its chunks load").containsOnly("none");
        assertThat(keysWhileLoading.get("pair")).as("pair's key while its chunks load").hasSizeGreaterThan(1)
                .containsOnly(keysBefore.get("pair"));
        assertThat(primaryKeys(target)).isEqualTo(keysBefore);
        assertSameRows(target);
        drop(migration);
    }

    @Test
    void aCopyInterruptedWhileAKeyIsOffBuildsItWhenItResumesOrIsForgotten() throws SQLException {
        for (boolean resume : new boolean[] {true, false}) {
            UUID migration = UUID.randomUUID();
            DataSource target = newTarget("copy_pg_key_" + (resume ? "resumed" : "forgotten"));
            Map<String, String> keysBefore = primaryKeys(target);
            CopyOptions keyAfterLoad = CopyOptions.DEFAULTS.withChunkRows(50).withWholeTableRows(0).withKeyAfterRows(0);
            CancelAtThirdChunk cancelling = new CancelAtThirdChunk();
            InitialCopy first = cancelling.of(copy(migration, target, cancelling, keyAfterLoad));

            assertThat(first.run(plans()).complete()).isFalse();
            assertThat(primaryKeys(target)).as("item was loading when the copy stopped").doesNotContainKey("item");
            assertThat(query(target, "SELECT string_agg(target_table || ' ' || constraint_name || ' ' || definition,"
                    + " ', ') FROM " + DeferredKeys.TABLE)).contains("public.item item_pkey PRIMARY KEY (id)");

            if (resume) {
                assertThat(copy(migration, target, CopyListener.NONE, keyAfterLoad).run(plans()).complete()).isTrue();
                assertSameRows(target);
            } else {
                new CopyBookkeeping(target).clear(migration);
            }

            assertThat(primaryKeys(target)).isEqualTo(keysBefore);
            assertThat(query(target, "SELECT count(*) FROM " + DeferredKeys.TABLE)).isEqualTo("0");
            drop(migration);
        }
    }

    /** The last chunk committed, then the copy stopped before the key was built: the next run builds it first. */
    @Test
    void aKeyStillOffAfterTheLastChunkIsBuiltWhenTheCopyRunsAgain() throws SQLException {
        UUID migration = UUID.randomUUID();
        DataSource target = newTarget("copy_pg_key_after_last_chunk");
        Map<String, String> keysBefore = primaryKeys(target);
        CopyOptions keyAfterLoad = CopyOptions.DEFAULTS.withKeyAfterRows(0);
        assertThat(copy(migration, target, CopyListener.NONE, keyAfterLoad).run(plans()).complete()).isTrue();
        execute(target, "INSERT INTO " + DeferredKeys.TABLE + " (migration_id, target_table, constraint_name,"
                + " definition) VALUES ('" + migration + "', 'public.pair', 'pair_pkey', 'PRIMARY KEY (code, n)');"
                + " ALTER TABLE pair DROP CONSTRAINT pair_pkey");
        List<String> finished = new CopyOnWriteArrayList<>();
        CopyListener keyOnceFinished = new CopyListener() {
            @Override
            public void tableFinished(TablePlan table, long rows, long bytes, double seconds) {
                finished.add(table.sourceTable() + " " + primaryKeys(target).getOrDefault(table.sourceTable(), "none"));
            }
        };

        CopyResult again = copy(migration, target, keyOnceFinished, keyAfterLoad).run(plans());

        assertThat(again.complete()).isTrue();
        assertThat(again.chunksCopied()).isZero();
        assertThat(finished).contains("pair " + keysBefore.get("pair"));
        assertThat(primaryKeys(target)).isEqualTo(keysBefore);
        assertThat(query(target, "SELECT count(*) FROM " + DeferredKeys.TABLE)).isEqualTo("0");
        drop(migration);
    }

    @Test
    void rowsTheDeferredKeyRefusesFailTheCopyNamingTheTableAndTheKeyStaysRecordedEvenWhenTheCopyIsForgotten()
            throws SQLException {
        execute(sourceDb(), "CREATE TABLE twice (id integer, label text);"
                + " INSERT INTO twice VALUES (1, 'one'), (2, 'two'), (1, 'one again')");
        UUID migration = UUID.randomUUID();
        DataSource target = newTarget("copy_pg_key_refused");
        execute(target, "CREATE TABLE twice (id integer PRIMARY KEY, label text)");
        TablePlan twice = new TablePlan("public", "twice", "public", "twice",
                List.of(column("id", "integer"), column("label", "text")), List.of());
        try {
            assertThatThrownBy(() -> copy(migration, target, CopyListener.NONE, CopyOptions.DEFAULTS
                    .withKeyAfterRows(0)).run(List.of(twice)))
                    .isInstanceOf(CopyException.class)
                    .hasMessageContaining("primary key of target table public.twice could not be built")
                    .hasMessageContaining("Key (id)=(1) is duplicated");

            assertThat(query(target, "SELECT count(*) FROM twice")).isEqualTo("3");
            String recorded = "SELECT definition FROM " + DeferredKeys.TABLE + " WHERE migration_id = '" + migration
                    + "'";
            assertThat(query(target, recorded)).isEqualTo("PRIMARY KEY (id)");

            new CopyBookkeeping(target).clear(migration);

            assertThat(query(target, recorded)).as("forgetting the copy keeps the key it could not build")
                    .isEqualTo("PRIMARY KEY (id)");
            assertThat(query(target, "SELECT count(*) FROM " + CopyBookkeeping.COPY_PLAN + " WHERE migration_id = '"
                    + migration + "'")).isEqualTo("0");
        } finally {
            execute(sourceDb(), "DROP TABLE twice");
            drop(migration);
        }
    }

    /** Each table's primary key on the target, as name and definition; tables without one are missing. */
    private static Map<String, String> primaryKeys(DataSource target) {
        String keys = query(target, "SELECT string_agg(conrelid::regclass || '=' || conname || ' '"
                + " || pg_get_constraintdef(oid), ';' ORDER BY conrelid::regclass::text) FROM pg_constraint"
                + " WHERE contype = 'p' AND connamespace = 'public'::regnamespace");
        Map<String, String> byTable = new TreeMap<>();
        if (keys != null) {
            for (String key : keys.split(";")) {
                String[] parts = key.split("=", 2);
                byTable.put(parts[0], parts[1]);
            }
        }
        return byTable;
    }

    @Test
    void aMissingSourceTableIsNamed() throws SQLException {
        UUID migration = UUID.randomUUID();
        DataSource target = newTarget("copy_pg_missing");
        TablePlan missing = new TablePlan("public", "missing", "public", "item", plans().get(0).columns(), List.of("id"));

        assertThatThrownBy(() -> copy(migration, target, CopyListener.NONE, 100).run(List.of(missing)))
                .isInstanceOf(CopyException.class).hasMessageContaining("missing").hasMessageContaining("does not exist");
        drop(migration);
    }

    /**
     * The other readers copy the first table while the rest are planned: a table that fails its planning stops them,
     * their committed chunks stay recorded, and the next run copies only what is left, once.
     */
    @Test
    void aTableThatFailsItsPlanningStopsTheChunksAlreadyCopyingAndTheNextRunResumes() throws SQLException {
        UUID migration = UUID.randomUUID();
        DataSource target = newTarget("copy_pg_plan_fails");
        TablePlan wrong = looseWithAMissingColumn();
        CountDownLatch copying = new CountDownLatch(1);
        CopyListener waitForTheFirstChunk = new CopyListener() {
            @Override
            public void tableStarted(TablePlan table, long estimatedRows, int chunks, int alreadyCopied) {
                if (table.sourceTable().equals("pair")) {
                    await(copying); // planned after item, whose chunks the other readers copy meanwhile
                }
            }

            @Override
            public void chunkFinished(TablePlan table, int chunkNo, long rows, long bytes) {
                copying.countDown();
            }
        };

        assertThatThrownBy(() -> copy(migration, target, waitForTheFirstChunk, 10)
                .run(List.of(plans().get(0), plans().get(1), wrong)))
                .isInstanceOf(CopyException.class).hasMessageContaining("public.loose")
                .hasMessageContaining("column \"nope\" does not exist");

        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().contains(migration.toString()));
        long recorded = Long.parseLong(query(target, "SELECT count(*) FROM dflux_executor.copy_chunk WHERE"
                + " migration_id = '" + migration + "'"));
        assertThat(recorded).isPositive();
        CopyResult resumed = copy(migration, target, CopyListener.NONE, 10).run(plans());
        assertThat(resumed.complete()).isTrue();
        assertThat(resumed.chunksSkipped()).isEqualTo(recorded);
        assertSameRows(target);
        drop(migration);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("a chunk copied while planning").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMissingSourceColumnIsNamed() throws SQLException {
        UUID migration = UUID.randomUUID();
        DataSource target = newTarget("copy_pg_missing_column");
        TablePlan wrong = looseWithAMissingColumn();

        assertThatThrownBy(() -> copy(migration, target, CopyListener.NONE, 100).run(List.of(wrong)))
                .isInstanceOf(CopyException.class).hasMessageContaining("public.loose")
                .hasMessageContaining("column \"nope\" does not exist");
        drop(migration);
    }

    @Test
    void aValueTheTargetRejectsNamesTableChunkAndReason() throws SQLException {
        UUID migration = UUID.randomUUID();
        DataSource target = newTarget("copy_pg_rejected");
        execute(target, "ALTER TABLE pair ALTER COLUMN label TYPE varchar(7)");

        assertThatThrownBy(() -> copy(migration, target, CopyListener.NONE, 100).run(List.of(plans().get(1))))
                .isInstanceOf(CopyException.class).hasMessageContaining("public.pair").hasMessageContaining("chunk")
                .hasMessageContaining("value too long");
        drop(migration);
    }

    /** A copy that splits every table with a key into chunks of {@code chunkRows}, however small. */
    private static InitialCopy copy(UUID migration, DataSource target, CopyListener listener, long chunkRows) {
        return copy(migration, target, listener, CopyOptions.DEFAULTS.withChunkRows(chunkRows).withWholeTableRows(0));
    }

    private static InitialCopy copy(UUID migration, DataSource target, CopyListener listener, CopyOptions options) {
        return new InitialCopy(migration, new PostgresSnapshotSource(migration, credentials()), target, options,
                listener);
    }

    private static void drop(UUID migration) throws SQLException {
        new PostgresSnapshotSource(migration, credentials()).drop();
    }

    private static DatabaseCredentials credentials() {
        return ServerCredentials.of(postgres.server(), SOURCE_DB);
    }

    private static DataSource sourceDb() {
        return postgres.server().dataSource(SOURCE_DB);
    }

    private static DataSource newTarget(String database) {
        postgres.server().createDatabase(database);
        DataSource target = postgres.server().dataSource(database);
        execute(target, SCHEMA);
        return target;
    }

    private static List<TablePlan> plans() {
        return List.of(
                new TablePlan("public", "item", "public", "item", List.of(
                        column("id", "bigint"), column("amount", "numeric(20,5)"),
                        column("at", "timestamp with time zone"), column("data", "bytea"), column("doc", "jsonb"),
                        column("numbers", "integer[]"), column("tags", "text[]"), column("ref", "uuid"),
                        column("feeling", "mood"), column("note", "text"),
                        new ColumnPlan("twice", "twice", "bigint", "bigint", ValueRule.AS_IS, true, null)),
                        List.of("id")),
                new TablePlan("public", "pair", "public", "pair", List.of(column("code", "text"),
                        column("n", "integer"), column("label", "character varying(20)")), List.of("code", "n")),
                new TablePlan("public", "loose", "public", "loose", List.of(column("line", "text"),
                        column("at", "date")), List.of()));
    }

    /** Table {@code loose} with a column {@code nope} the source does not have. */
    private static TablePlan looseWithAMissingColumn() {
        TablePlan loose = plans().get(2);
        return new TablePlan("public", "loose", "public", "loose", List.of(loose.columns().get(0),
                new ColumnPlan("nope", "at", "date", "date", ValueRule.AS_IS, false, null)), List.of());
    }

    private static ColumnPlan column(String name, String type) {
        return new ColumnPlan(name, name, type, type, ValueRule.AS_IS, false, null);
    }

    private static void assertSameRows(DataSource target) {
        DataSource source = sourceDb();
        for (String[] table : new String[][] {{"item", "id"}, {"pair", "code, n"}, {"loose", "line, at"}}) {
            assertThat(checksum(target, table[0], table[1])).as(table[0]).isEqualTo(checksum(source, table[0], table[1]));
        }
    }

    /** Row count and an md5 over every row's text in key order. */
    private static String checksum(DataSource database, String table, String order) {
        return query(database, "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY " + order
                + ")), '') FROM " + table + " t");
    }

    private static String query(DataSource database, String sql) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void execute(DataSource database, String sql) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }


    /** Cancels its copy once the copy's third chunk is in, as a stop or a crash would mid-table. */
    private static final class CancelAtThirdChunk implements CopyListener {

        private final AtomicInteger chunks = new AtomicInteger();
        private InitialCopy copy;

        InitialCopy of(InitialCopy copy) {
            this.copy = copy;
            return copy;
        }

        @Override
        public void chunkFinished(TablePlan table, int chunkNo, long rows, long bytes) {
            if (chunks.incrementAndGet() == 3) {
                copy.cancel();
            }
        }
    }
}
