package ai.dflux.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real sample databases of {@code ../shared/corpora} (Sakila, Chinook, Oracle HR, PL/SQL units), read in place:
 * they are test inputs and never copied into the repository.
 */
public final class Corpora {

    /** System property naming the corpora folder; the build sets it to {@code <repo>/../shared/corpora}. */
    public static final String PROPERTY = "dflux.corpora";

    private Corpora() {
    }

    /** The corpora folder, or an error saying where it was looked for. */
    public static Path root() {
        String configured = System.getProperty(PROPERTY);
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "corpora");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("the test corpora are not at " + root.toAbsolutePath().normalize()
                    + " (set -D" + PROPERTY + " to the shared/corpora folder)");
        }
        return root.toAbsolutePath().normalize();
    }

    /** A file of the corpora, such as {@code sakila/mysql/mysql-sakila-schema.sql}. */
    public static Path file(String relative) {
        Path file = root().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("corpus file " + file + " does not exist");
        }
        return file;
    }
}
