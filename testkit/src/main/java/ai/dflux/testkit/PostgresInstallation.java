package ai.dflux.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** The installed PostgreSQL server binaries, e.g. {@code /usr/lib/postgresql/15/bin} (the newest version wins). */
record PostgresInstallation(Path binDir, String majorVersion) {

    private static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");

    static PostgresInstallation find() {
        return newestUnder(DEBIAN_ROOT).orElseGet(PostgresInstallation::onPath);
    }

    Path program(String name) {
        return binDir.resolve(name);
    }

    /** {@code PostgreSQL 15}, for the startup line. */
    String label() {
        return majorVersion.isEmpty() ? "PostgreSQL" : "PostgreSQL " + majorVersion;
    }

    private static Optional<PostgresInstallation> newestUnder(Path root) {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions
                    .filter(version -> version.getFileName().toString().matches("\\d+"))
                    .filter(version -> Files.isExecutable(version.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(version -> Integer.parseInt(version.getFileName().toString())))
                    .map(version -> new PostgresInstallation(version.resolve("bin"), version.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    private static PostgresInstallation onPath() {
        return new PostgresInstallation(Executables.find("initdb").getParent(), "");
    }
}
