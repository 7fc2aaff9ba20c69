package ai.dflux.discovery.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.dflux.testkit.MariaDbServer;
import ai.dflux.testkit.PostgresServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The discovery catalog benchmark of issue 4: a generated schema of 10,000 tables (each with a primary key, two
 * secondary indexes and a foreign key to an earlier table), 1,000 views and 1,000 functions, on PostgreSQL and on
 * MariaDB, read by dflux (full catalog, findings and CDC preflight) and, as anchors in the same run, by
 * {@code pg_dump --schema-only} and {@code mariadb-dump --no-data --routines --triggers}.
 *
 * <p>Skipped unless {@code -Ddflux.bench=true} (the {@code bench} profile). Long: the MariaDB schema takes minutes to
 * create and mariadb-dump minutes to read it. The counts can be lowered for a trial with {@code dflux.bench.tables},
 * {@code dflux.bench.views} and {@code dflux.bench.functions}; figures are recorded in {@code docs/benchmarks.json}
 * (through {@code bench/record-benchmarks.py}, then {@code docs/benchmarks.md} is re-rendered) only at the full
 * counts, and only when every figure was measured.
 *
 * <p>dflux's reads run in a child JVM with {@code -Xmx300m} (see {@link CatalogReadProbe}), three reads per database;
 * the median is recorded and min/max logged. {@code heap_mb} is the larger of the two databases' peak heap in use
 * right after a garbage collection in that child (the heap the reads kept reachable); the peak before a collection
 * (live plus garbage) is logged. Schema generation is not timed.
 */
class DiscoveryCatalogBenchmarkIT {

    private static final int FULL_TABLES = 10_000;
    private static final int FULL_VIEWS = 1_000;
    private static final int FULL_FUNCTIONS = 1_000;
    private static final int CHUNK = 500;
    private static final int DFLUX_RUNS = 3;
    private static final int PG_DUMP_RUNS = 3;
    private static final String HEAP_LIMIT = "-Xmx300m";
    private static final String DATABASE = "bench";
    private static final Pattern RUN = Pattern.compile("BENCH run=\\d+ seconds=([0-9.]+) tables=(\\d+) views=(\\d+)"
            + " routines=(\\d+) .*");
    private static final Pattern HEAP = Pattern.compile(
            "BENCH heap peakUsedMb=([0-9.]+) peakAfterGcMb=([0-9.]+) liveMb=([0-9.]+) .*");

    private final int tables = Integer.getInteger("dflux.bench.tables", FULL_TABLES);
    private final int views = Integer.getInteger("dflux.bench.views", FULL_VIEWS);
    private final int functions = Integer.getInteger("dflux.bench.functions", FULL_FUNCTIONS);

    @Test
    void catalogOf10kTables() throws Exception {
        assumeTrue(Boolean.getBoolean("dflux.bench"), "benchmark: run with -Pbench (-Ddflux.bench=true)");
        assertThat(views).isLessThanOrEqualTo(tables);
        assertThat(functions).isLessThanOrEqualTo(tables);
        log("schema: %d tables, %d views, %d functions", tables, views, functions);
        Path work = Files.createTempDirectory("dflux-bench-");
        List<String> figures = new ArrayList<>();

        double pgDump;
        Probe pgRead;
        try (PostgresServer postgres = PostgresServer.create().start()) {
            postgres.createDatabase(DATABASE);
            long start = System.nanoTime();
            generatePostgres(postgres, work);
            log("postgres: schema generated in %.1f s (not measured)", since(start));
            List<Double> dumps = new ArrayList<>();
            for (int i = 0; i < PG_DUMP_RUNS; i++) {
                dumps.add(timed(List.of(postgresProgram("pg_dump").toString(), "--schema-only", "-h", postgres.host(),
                        "-p", String.valueOf(postgres.port()), "-U", postgres.superuser(), "-f", "/dev/null",
                        DATABASE), null));
            }
            pgDump = median(dumps);
            log("anchor pg_dump --schema-only: median %.3f s (min %.3f, max %.3f) of %d", pgDump, min(dumps),
                    max(dumps), dumps.size());
            pgRead = probe("postgres", postgres.jdbcUrl(DATABASE), postgres.superuser(), postgres.password());
            log("dflux postgres catalog + findings + preflight: median %.3f s (min %.3f, max %.3f) of %d,"
                    + " -Xmx300m, heap: peak used %.1f MiB, peak after GC %.1f MiB, live after full GC %.1f MiB;"
                    + " %.3f x pg_dump", pgRead.median(), pgRead.min(), pgRead.max(), DFLUX_RUNS, pgRead.peakMb(),
                    pgRead.peakAfterGcMb(), pgRead.liveMb(),
                    pgRead.median() / pgDump);
        }

        double mariaDump;
        Probe mariaRead;
        try (MariaDbServer mariadb = MariaDbServer.create().start()) {
            mariadb.createDatabase(DATABASE);
            long start = System.nanoTime();
            generateMariaDb(mariadb, work);
            log("mariadb: schema generated in %.1f s (not measured)", since(start));
            mariaRead = probe("mariadb", mariadb.jdbcUrl(DATABASE), mariadb.user(), mariadb.password());
            log("dflux mariadb catalog + findings + preflight: median %.3f s (min %.3f, max %.3f) of %d,"
                    + " -Xmx300m, heap: peak used %.1f MiB, peak after GC %.1f MiB, live after full GC %.1f MiB",
                    mariaRead.median(), mariaRead.min(), mariaRead.max(), DFLUX_RUNS, mariaRead.peakMb(),
                    mariaRead.peakAfterGcMb(), mariaRead.liveMb());
            log("anchor mariadb-dump --no-data --routines --triggers: one run (minutes at 10k tables) ...");
            mariaDump = timed(List.of(Path.of("/usr/bin/mariadb-dump").toFile().canExecute() ? "mariadb-dump"
                            : "mysqldump", "--no-data", "--routines", "--triggers", "-h", mariadb.host(),
                    "-P", String.valueOf(mariadb.port()), "-u", mariadb.user(), "-p" + mariadb.password(), DATABASE),
                    null);
            log("anchor mariadb-dump --no-data --routines --triggers: %.3f s; dflux %.3f x", mariaDump,
                    mariaRead.median() / mariaDump);
        }

        // What the reads keep reachable, the larger of the two databases: the peak heap after a collection in the
        // -Xmx300m child (the peak before a collection is logged: it is mostly garbage and grows with -Xmx).
        double heapMb = Math.max(pgRead.peakAfterGcMb(), mariaRead.peakAfterGcMb());
        figures.add(figure("discovery.catalog_10k.postgres.seconds", pgRead.median(), "s",
                "pg_dump --schema-only", pgDump));
        figures.add(figure("discovery.catalog_10k.mariadb.seconds", mariaRead.median(), "s",
                "mariadb-dump --no-data --routines --triggers", mariaDump));
        figures.add(figure("discovery.catalog_10k.heap_mb", heapMb, "MiB", null, null));
        log("figures:%n  %s", String.join(System.lineSeparator() + "  ", figures));
        if (tables == FULL_TABLES && views == FULL_VIEWS && functions == FULL_FUNCTIONS) {
            record(figures);
        } else {
            log("not recorded in docs/benchmarks.json: a trial with fewer objects than the benchmark's");
        }
    }

    // ---------------------------------------------------------------------------------------------- generation

    private static String table(int i) {
        return "t%05d".formatted(i);
    }

    /** The table that table i refers to: an earlier one (table 0 refers to itself). */
    private static int parent(int i) {
        return i == 0 ? 0 : (i - 1) / 2;
    }

    private void generatePostgres(PostgresServer postgres, Path work) throws IOException {
        List<String> psql = List.of(postgresProgram("psql").toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", postgres.host(), "-p", String.valueOf(postgres.port()), "-U", postgres.superuser(), "-d",
                DATABASE, "-f");
        for (int from = 0; from < tables; from += CHUNK) {
            StringBuilder sql = new StringBuilder("begin;\n");
            for (int i = from; i < Math.min(tables, from + CHUNK); i++) {
                String t = table(i);
                sql.append("create table ").append(t).append(" (id bigint primary key, parent_id bigint not null")
                        .append(" constraint ").append(t).append("_parent references ")
                        .append(i == 0 ? t : table(parent(i))).append(" (id), a integer, b varchar(100),")
                        .append(" c timestamp, d numeric(12,2));\n")
                        .append("create index ").append(t).append("_a on ").append(t).append(" (a);\n")
                        .append("create index ").append(t).append("_bc on ").append(t).append(" (b, c);\n");
            }
            sql.append("commit;\n");
            runSql(psql, work, sql);
            log("postgres: %d of %d tables", Math.min(tables, from + CHUNK), tables);
        }
        StringBuilder sql = new StringBuilder("begin;\n");
        for (int i = 0; i < views; i++) {
            int t = i * (tables / views);
            sql.append("create view v%05d as select t.id, t.a, t.b, p.c from %s t join %s p on p.id = t.parent_id;\n"
                    .formatted(i, table(t), table(parent(t))));
        }
        for (int i = 0; i < functions; i++) {
            sql.append(("create function f%05d(x integer) returns bigint language plpgsql stable as $$"
                    + " begin return (select count(*) from %s where a = x); end $$;\n")
                    .formatted(i, table(i * (tables / functions))));
        }
        sql.append("commit;\nvacuum analyze;\n");
        runSql(psql, work, sql);
        log("postgres: %d views, %d functions, vacuum analyze done", views, functions);
    }

    private void generateMariaDb(MariaDbServer mariadb, Path work) throws IOException {
        List<String> client = List.of(Path.of("/usr/bin/mariadb").toFile().canExecute() ? "mariadb" : "mysql",
                "--batch", "-h", mariadb.host(), "-P", String.valueOf(mariadb.port()), "-u", mariadb.user(),
                "-p" + mariadb.password(), DATABASE);
        for (int from = 0; from < tables; from += CHUNK) {
            StringBuilder sql = new StringBuilder();
            for (int i = from; i < Math.min(tables, from + CHUNK); i++) {
                String t = table(i);
                sql.append("create table ").append(t).append(" (id bigint primary key, parent_id bigint not null,")
                        .append(" a int, b varchar(100), c datetime, d decimal(12,2), key ").append(t)
                        .append("_a (a), key ").append(t).append("_bc (b, c), constraint ").append(t)
                        .append("_parent foreign key (parent_id) references ").append(i == 0 ? t : table(parent(i)))
                        .append(" (id)) engine=InnoDB;\n");
            }
            runSql(client, work, sql);
            log("mariadb: %d of %d tables", Math.min(tables, from + CHUNK), tables);
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < views; i++) {
            int t = i * (tables / views);
            sql.append("create view v%05d as select t.id, t.a, t.b, p.c from %s t join %s p on p.id = t.parent_id;\n"
                    .formatted(i, table(t), table(parent(t))));
        }
        for (int i = 0; i < functions; i++) {
            sql.append("create function f%05d(x int) returns bigint reads sql data return (select count(*) from %s where a = x);\n"
                    .formatted(i, table(i * (tables / functions))));
        }
        runSql(client, work, sql);
        log("mariadb: %d views, %d functions done", views, functions);
    }

    /** Feeds the SQL to the client: as a file argument for psql (the command ends in -f), else on standard input. */
    private static void runSql(List<String> client, Path work, CharSequence sql) throws IOException {
        Path file = Files.createTempFile(work, "chunk-", ".sql");
        Files.writeString(file, sql, StandardCharsets.UTF_8);
        file.toFile().setReadable(true, false);
        List<String> command = new ArrayList<>(client);
        boolean asArgument = client.get(client.size() - 1).equals("-f");
        if (asArgument) {
            command.add(file.toString());
        }
        try {
            run(command, asArgument ? null : file, null);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    // ---------------------------------------------------------------------------------------------- measuring

    private record Probe(List<Double> seconds, double peakMb, double peakAfterGcMb, double liveMb) {
        double median() {
            return DiscoveryCatalogBenchmarkIT.median(seconds);
        }

        double min() {
            return DiscoveryCatalogBenchmarkIT.min(seconds);
        }

        double max() {
            return DiscoveryCatalogBenchmarkIT.max(seconds);
        }
    }

    /** Runs {@link CatalogReadProbe} in a child JVM with -Xmx300m and collects its figures. */
    private Probe probe(String dialect, String jdbcUrl, String user, String password) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, HEAP_LIMIT, "-cp", System.getProperty("java.class.path"),
                CatalogReadProbe.class.getName(), dialect, jdbcUrl, user, password, DATABASE,
                String.valueOf(DFLUX_RUNS));
        List<String> output = new ArrayList<>();
        run(command, null, output);
        List<Double> seconds = new ArrayList<>();
        double peak = Double.NaN;
        double peakAfterGc = Double.NaN;
        double live = Double.NaN;
        for (String line : output) {
            Matcher run = RUN.matcher(line);
            if (run.matches()) {
                seconds.add(Double.parseDouble(run.group(1)));
                assertThat(Integer.parseInt(run.group(2))).as("tables read").isEqualTo(tables);
                assertThat(Integer.parseInt(run.group(3))).as("views read").isEqualTo(views);
                assertThat(Integer.parseInt(run.group(4))).as("routines read").isEqualTo(functions);
            }
            Matcher heap = HEAP.matcher(line);
            if (heap.matches()) {
                peak = Double.parseDouble(heap.group(1));
                peakAfterGc = Double.parseDouble(heap.group(2));
                live = Double.parseDouble(heap.group(3));
            }
        }
        assertThat(seconds).as(dialect + " reads").hasSize(DFLUX_RUNS);
        assertThat(peak).as(dialect + " heap figure").isNotNaN();
        return new Probe(seconds, peak, peakAfterGc, live);
    }

    /** Runs the command to its end and returns its wall time in seconds; its standard output is discarded. */
    private static double timed(List<String> command, Path input) {
        long start = System.nanoTime();
        run(command, input, null, true);
        return since(start);
    }

    private static void run(List<String> command, Path input, List<String> output) {
        run(command, input, output, false);
    }

    /**
     * Runs the command; fails when it exits with an error. Standard error (and standard output unless discarded) is
     * echoed to the log and, when {@code output} is given, collected.
     */
    private static void run(List<String> command, Path input, List<String> output, boolean discardStdout) {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        if (discardStdout) {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        } else {
            builder.redirectErrorStream(true);
        }
        try {
            Process process = builder.start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                    discardStdout ? process.getErrorStream() : process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                    if (output != null) {
                        output.add(line);
                    }
                    if (!line.contains("Using a password on the command line")) {
                        System.out.println("  | " + line);
                    }
                }
            }
            if (!process.waitFor(2, TimeUnit.HOURS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command.get(0));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " exited with " + process.exitValue() + ": "
                        + String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 20),
                        lines.size())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** psql and pg_dump of the newest PostgreSQL under /usr/lib/postgresql, the one testkit starts too. */
    private static Path postgresProgram(String name) throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (var versions = Files.list(root)) {
                var newest = versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                        .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())));
                if (newest.isPresent() && Files.isExecutable(newest.get().resolve("bin").resolve(name))) {
                    return newest.get().resolve("bin").resolve(name);
                }
            }
        }
        return Path.of(name);
    }

    // ---------------------------------------------------------------------------------------------- recording

    private static String figure(String name, double value, String unit, String anchor, Double anchorValue) {
        return String.format(Locale.ROOT, "{\"name\": \"%s\", \"value\": %s, \"unit\": \"%s\", \"anchor\": %s,"
                        + " \"anchorValue\": %s}", name, round(value), unit,
                anchor == null ? "null" : "\"" + anchor + "\"", anchorValue == null ? "null" : round(anchorValue));
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** Merges the figures into docs/benchmarks.json with bench/record-benchmarks.py and re-renders the Markdown. */
    private static void record(List<String> figures) throws IOException {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("bench/record-benchmarks.py"))) {
            root = root.getParent();
        }
        assertThat(root).as("repository root with bench/record-benchmarks.py").isNotNull();
        Path input = Files.createTempFile("dflux-bench-figures-", ".jsonl");
        try {
            Files.writeString(input, String.join("\n", figures) + "\n", StandardCharsets.UTF_8);
            run(List.of("python3", root.resolve("bench/record-benchmarks.py").toString(), "--date",
                    LocalDate.now(ZoneOffset.UTC).toString()), input, null);
            run(List.of("python3", root.resolve("bench/render-benchmarks.py").toString()), null, null);
        } finally {
            Files.deleteIfExists(input);
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
    }
}
