package ai.dflux.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a server's commands as its own OS account when the JVM runs as root (PostgreSQL refuses to run as root), and
 * as the current user otherwise.
 */
final class RunAs {

    private RunAs() {
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The command prefixed with {@code runuser -u <account> --} when running as root, else unchanged. */
    static List<String> command(String account, List<String> command) {
        if (!isRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", account, "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Gives the folder to {@code account} when running as root, so that the server can write in it. */
    static void handOver(Path folder, String account) {
        if (!isRoot()) {
            return;
        }
        try {
            UserPrincipal owner = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(account);
            Files.setOwner(folder, owner);
            requireReachable(folder.toAbsolutePath().getParent(), account);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot give " + folder + " to OS user " + account, e);
        }
    }

    /** Fails with a clear message when a parent folder keeps {@code account} out (e.g. a 0700 folder of root's). */
    private static void requireReachable(Path folder, String account) throws IOException {
        for (Path parent = folder; parent != null; parent = parent.getParent()) {
            if (!Files.getPosixFilePermissions(parent).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException("OS user " + account + " cannot enter " + parent
                        + ": choose a folder under one that others may enter (chmod o+x), e.g. under /tmp");
            }
        }
    }
}
