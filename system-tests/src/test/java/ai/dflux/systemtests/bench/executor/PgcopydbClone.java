package ai.dflux.systemtests.bench.executor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code pgcopydb clone} with its defaults (4 table jobs, 4 index jobs, one exported snapshot) into a fresh, empty
 * database: the parallel copy PostgreSQL's community offers, measured beside {@code pg_dump | psql}.
 */
public final class PgcopydbClone {

    private static final Pattern VERSION = Pattern.compile("pgcopydb version (\\S+)");

    private final Path executable;
    private final Path logFolder;
    private final String version;

    private PgcopydbClone(Path executable, Path logFolder, String version) {
        this.executable = executable;
        this.logFolder = logFolder;
        this.version = version;
    }

    /** The installed pgcopydb, or an error telling to run {@code bench/install-anchors.sh}. */
    public static PgcopydbClone installed(Path logFolder) throws IOException, InterruptedException {
        Path executable = PgPrograms.anchor("pgcopydb");
        Path log = logFolder.resolve("pgcopydb-version.log");
        Commands.run(List.of(executable.toString(), "--version"), log);
        Matcher version = VERSION.matcher(Files.readString(log, StandardCharsets.UTF_8));
        return new PgcopydbClone(executable, logFolder, version.find() ? version.group(1) : "unknown version");
    }

    /** {@code pgcopydb clone 0.10-1} */
    public String name() {
        return "pgcopydb clone " + version;
    }

    /** Clones the whole source database into the (existing, empty) target; returns the wall time in seconds. */
    public double copy(PgConnection source, PgConnection target, String label)
            throws IOException, InterruptedException {
        Path work = logFolder.resolve("pgcopydb-work-" + label);
        return Commands.run(List.of(executable.toString(), "clone", "--source", source.uri(), "--target", target.uri(),
                "--dir", work.toString(), "--restart"), logFolder.resolve("pgcopydb-" + label + ".log"));
    }
}
