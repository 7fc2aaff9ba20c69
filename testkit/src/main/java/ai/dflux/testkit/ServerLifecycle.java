package ai.dflux.testkit;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Starts and stops a test server's private process, and cleans up after it: a shutdown hook stops the process and
 * deletes a temporary folder if the JVM exits before {@link #close()}. For an existing server, which has no process
 * here, every step does nothing.
 */
final class ServerLifecycle<P extends ServerLifecycle.ServerProcess> {

    /** A private server's process, run from one folder. */
    interface ServerProcess {

        /** Starts the server and returns once it serves clients. */
        void start();

        /** Stops the server and keeps its data. */
        void stop();

        Path folder();

        /** The server's name and version for the startup report, e.g. {@code PostgreSQL 15}. */
        String label();
    }

    private final P process;
    private final boolean temporaryFolder;
    private final String shutdownHookName;
    private final String host;
    private final int port;
    private ShutdownHook shutdownHook;
    private boolean running;

    private ServerLifecycle(P process, boolean temporaryFolder, String shutdownHookName, String host, int port) {
        this.process = process;
        this.temporaryFolder = temporaryFolder;
        this.shutdownHookName = shutdownHookName;
        this.host = host;
        this.port = port;
    }

    /** The lifecycle of a private server listening on {@code host:port}; a temporary folder is deleted on close. */
    static <P extends ServerProcess> ServerLifecycle<P> of(P process, boolean temporaryFolder, String shutdownHookName,
            String host, int port) {
        return new ServerLifecycle<>(process, temporaryFolder, shutdownHookName, host, port);
    }

    /** The lifecycle of an existing server: start, stop and close leave it alone. */
    static <P extends ServerProcess> ServerLifecycle<P> leftAlone() {
        return new ServerLifecycle<>(null, false, null, null, 0);
    }

    boolean ownsProcess() {
        return process != null;
    }

    synchronized void start() {
        if (process == null || running) {
            return;
        }
        long startedAt = System.nanoTime();
        if (shutdownHook == null) {
            shutdownHook = ShutdownHook.register(shutdownHookName, this::stopAndForget);
        }
        process.start();
        running = true;
        StartupReport.ready(process.label(), host, port, startedAt);
    }

    synchronized void stop() {
        stopBy(ServerProcess::stop);
    }

    /** Takes the server down the given way, e.g. by killing it, if it runs. */
    synchronized void stopBy(Consumer<? super P> stopping) {
        if (process != null && running) {
            running = false;
            stopping.accept(process);
        }
    }

    synchronized void restart() {
        stop();
        start();
    }

    synchronized void close() {
        stopAndForget();
        if (shutdownHook != null) {
            shutdownHook.withdraw();
            shutdownHook = null;
        }
    }

    private synchronized void stopAndForget() {
        stop();
        if (process != null && temporaryFolder) {
            TempFolders.delete(process.folder());
        }
    }
}
