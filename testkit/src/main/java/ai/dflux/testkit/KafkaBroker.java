package ai.dflux.testkit;

import java.nio.file.Path;

/**
 * A Kafka broker for tests: a private single-node KRaft broker (broker and controller) in a child JVM on a free port,
 * or the existing one named by {@value #BOOTSTRAP_VARIABLE} (for example {@code 127.0.0.1:9092}), which start, stop
 * and kill leave alone. {@link #stop()} and {@link #restart()} keep the port and the data, so a test can take Kafka
 * away and bring it back.
 */
public final class KafkaBroker implements AutoCloseable {

    /** Environment variable naming an existing broker to use instead of a private one. */
    public static final String BOOTSTRAP_VARIABLE = "DFLUX_TEST_KAFKA_BOOTSTRAP";

    private final String bootstrapServers;
    private final ServerLifecycle<KafkaBrokerProcess> lifecycle;

    private KafkaBroker(String bootstrapServers, ServerLifecycle<KafkaBrokerProcess> lifecycle) {
        this.bootstrapServers = bootstrapServers;
        this.lifecycle = lifecycle;
    }

    /** The broker named by {@value #BOOTSTRAP_VARIABLE} if set, else a private broker on a free port in a temp folder. */
    public static KafkaBroker create() {
        String bootstrap = System.getenv(BOOTSTRAP_VARIABLE);
        return bootstrap == null || bootstrap.isBlank() ? temporary() : existing(bootstrap.trim());
    }

    /** A private broker on a free port; its temp folder is deleted by {@link #close()} or at JVM exit. */
    public static KafkaBroker temporary() {
        int[] ports = FreePorts.pick(2);
        return privateBroker(TempFolders.create("dflux-kafka-"), ports[0], ports[1], true);
    }

    /** A private broker on a fixed port whose data is kept in {@code folder} (reused if present) after it stops. */
    public static KafkaBroker inFolder(Path folder, int port) {
        int controllerPort;
        do {
            controllerPort = FreePorts.pick();
        } while (controllerPort == port);
        return privateBroker(TempFolders.ensure(folder.toAbsolutePath()), port, controllerPort, false);
    }

    /** An existing broker; start, stop and kill do nothing to it. */
    public static KafkaBroker existing(String bootstrapServers) {
        return new KafkaBroker(bootstrapServers, ServerLifecycle.leftAlone());
    }

    private static KafkaBroker privateBroker(Path folder, int port, int controllerPort, boolean temporaryFolder) {
        String bootstrapServers = "127.0.0.1:" + port;
        KafkaBrokerProcess process = new KafkaBrokerProcess(folder, port, controllerPort);
        return new KafkaBroker(bootstrapServers,
                ServerLifecycle.of(process, temporaryFolder, "dflux-kafka-" + bootstrapServers, "127.0.0.1", port));
    }

    /** Starts the broker and returns once it answers clients; does nothing if it runs already. */
    public KafkaBroker start() {
        lifecycle.start();
        return this;
    }

    /** Controlled shutdown; waits until the child JVM has exited. Port and data are kept for {@link #restart()}. */
    public void stop() {
        lifecycle.stop();
    }

    /** Kills the child JVM (SIGKILL), as a crash would. Port and data are kept for {@link #restart()}. */
    public void kill() {
        lifecycle.stopBy(KafkaBrokerProcess::kill);
    }

    /** Stops the broker if it runs, then starts it again on the same port with the same data. */
    public void restart() {
        lifecycle.restart();
    }

    /** Stops the broker and deletes its temp folder (a folder given to {@link #inFolder} is kept). */
    @Override
    public void close() {
        lifecycle.close();
    }

    /** {@code host:port} for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The port of a private broker (the first one listed for an existing broker). */
    public int port() {
        String first = bootstrapServers.split(",")[0].trim();
        return Integer.parseInt(first.substring(first.lastIndexOf(':') + 1));
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers + (lifecycle.ownsProcess() ? ", private" : ", existing") + "]";
    }
}
