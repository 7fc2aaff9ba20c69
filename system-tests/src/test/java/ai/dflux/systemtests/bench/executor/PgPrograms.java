package ai.dflux.systemtests.bench.executor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the benchmark's programs are: PostgreSQL's ({@code pgbench}, {@code pg_dump}, {@code psql}) in the bin folder
 * of the newest server under {@code /usr/lib/postgresql}, the same the testkit's servers run from, so that client and
 * server versions match; the anchors ({@code pgcopydb}, {@code pgloader}) on the PATH.
 */
public final class PgPrograms {

    private static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");

    private PgPrograms() {
    }

    /** {@code /usr/lib/postgresql/<newest>/bin/<name>}, else {@code name} on the PATH. */
    public static Path postgres(String name) {
        return newestBinDir().map(bin -> bin.resolve(name)).filter(Files::isExecutable)
                .or(() -> onPath(name))
                .orElseThrow(() -> new IllegalStateException(name + " is not installed: run bench/install-anchors.sh"));
    }

    /** An anchor on the PATH, or an error telling to run {@code bench/install-anchors.sh}. */
    public static Path anchor(String name) {
        return onPath(name).orElseThrow(() -> new IllegalStateException(name + ", an anchor of this benchmark, is"
                + " not installed: run bench/install-anchors.sh (as root) and start the benchmark again"));
    }

    private static Optional<Path> newestBinDir() {
        if (!Files.isDirectory(DEBIAN_ROOT)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN_ROOT)) {
            return versions.filter(version -> version.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(version -> Integer.parseInt(version.getFileName().toString())))
                    .map(version -> version.resolve("bin"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + DEBIAN_ROOT, e);
        }
    }

    private static Optional<Path> onPath(String name) {
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
