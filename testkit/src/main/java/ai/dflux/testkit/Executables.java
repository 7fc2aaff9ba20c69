package ai.dflux.testkit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds an installed program on the PATH or in the sbin and libexec folders that root's PATH usually has. */
final class Executables {

    private static final List<String> EXTRA_FOLDERS = List.of("/usr/sbin", "/usr/local/sbin", "/usr/libexec", "/sbin");

    private Executables() {
    }

    /** The first of {@code names} found, e.g. {@code find("mariadbd", "mysqld")}. */
    static Path find(String... names) {
        List<String> folders = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        folders.addAll(EXTRA_FOLDERS);
        for (String name : names) {
            for (String folder : folders) {
                Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("None of " + List.of(names) + " is installed (searched PATH and " + EXTRA_FOLDERS + ")");
    }
}
