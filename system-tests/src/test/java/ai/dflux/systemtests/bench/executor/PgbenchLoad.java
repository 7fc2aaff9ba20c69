package ai.dflux.systemtests.bench.executor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pgbench against one database: {@code pgbench -i -s <scale>} creates and fills its four tables (100,000 accounts per
 * unit of scale), {@code pgbench -c <clients> -T <seconds>} runs its TPC-B-like transactions and reports their rate.
 * Both with pgbench's defaults otherwise; a run vacuums the small tables and empties {@code pgbench_history} first.
 */
public final class PgbenchLoad {

    private static final Pattern TPS = Pattern.compile("^tps = ([0-9.]+) \\(without initial connection time\\)",
            Pattern.MULTILINE);
    private static final Pattern TRANSACTIONS = Pattern.compile("^number of transactions actually processed: (\\d+)",
            Pattern.MULTILINE);

    /** What one run reported. */
    public record Result(double tps, long transactions, double wallSeconds) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f tps (%d transactions)", tps, transactions);
        }
    }

    private final PgConnection database;
    private final Path logFolder;

    public PgbenchLoad(PgConnection database, Path logFolder) {
        this.database = database;
        this.logFolder = logFolder;
    }

    /** {@code pgbench -i -s <scale>}; returns how long it took, in seconds. */
    public double initialize(int scale) throws IOException, InterruptedException {
        return Commands.run(List.of(pgbench(), "-i", "-s", Integer.toString(scale), "-q", database.conninfo()),
                logFolder.resolve("pgbench-init.log"));
    }

    /** {@code pgbench -c <clients> -T <seconds>}, its output in {@code pgbench-<label>.log}. */
    public Result run(int clients, int seconds, String label) throws IOException, InterruptedException {
        Path log = logFolder.resolve("pgbench-" + label + ".log");
        double wall = Commands.run(List.of(pgbench(), "-c", Integer.toString(clients), "-T",
                Integer.toString(seconds), database.conninfo()), log);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        return new Result(Double.parseDouble(found(TPS, output, log)), Long.parseLong(found(TRANSACTIONS, output, log)),
                wall);
    }

    private static String found(Pattern pattern, String output, Path log) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("pgbench printed no " + pattern.pattern() + "; see " + log);
        }
        return matcher.group(1);
    }

    private static String pgbench() {
        return PgPrograms.postgres("pgbench").toString();
    }
}
