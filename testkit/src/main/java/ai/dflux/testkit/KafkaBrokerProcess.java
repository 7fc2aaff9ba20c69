package ai.dflux.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.AppInfoParser;

/**
 * A Kafka broker in a child JVM, with everything in one folder: {@code server.properties}, the data in {@code data/}
 * and the child's output in {@code broker.log}.
 */
final class KafkaBrokerProcess implements ServerLifecycle.ServerProcess {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-Djava.awt.headless=true",
            // the jboss-logmanager binding on the classpath logs to the console only when it is the log manager
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager");

    private final Path folder;
    private final int port;
    private final int controllerPort;
    private BackgroundProcess broker;

    KafkaBrokerProcess(Path folder, int port, int controllerPort) {
        this.folder = folder;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    @Override
    public Path folder() {
        return folder;
    }

    /** {@code Kafka 3.9.0}, after the kafka-clients version on this JVM's classpath. */
    @Override
    public String label() {
        return "Kafka " + AppInfoParser.getVersion();
    }

    /** Formats the storage on first use, starts the broker and returns once it answers a describe-cluster request. */
    @Override
    public void start() {
        writeServerProperties();
        if (!Files.exists(dataDir().resolve("meta.properties"))) {
            format();
        }
        broker = BackgroundProcess.start(brokerCommand(), folder.resolve("broker.log"));
        if (!answersWithin(START_TIMEOUT)) {
            String log = broker.logTail(40);
            broker.kill();
            broker = null;
            throw new IllegalStateException("Kafka did not start on port " + port + System.lineSeparator() + log);
        }
    }

    /** Controlled shutdown (SIGTERM), killed if it takes longer than a minute. */
    @Override
    public void stop() {
        if (broker != null) {
            broker.stop(STOP_GRACE);
            broker = null;
        }
    }

    /** SIGKILL, as a crash would. */
    void kill() {
        if (broker != null) {
            broker.kill();
            broker = null;
        }
    }

    private void format() {
        List<String> command = java(KafkaBrokerClasspath.kafkaJars());
        command.addAll(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", serverProperties().toString()));
        ProcessRunner.run(command);
    }

    private List<String> brokerCommand() {
        String kafkaJars = KafkaBrokerClasspath.kafkaJars();
        Optional<Path> testkit = KafkaBrokerClasspath.testkitLocation();
        List<String> command = java(testkit.map(location -> location + File.pathSeparator + kafkaJars).orElse(kafkaJars));
        if (testkit.isPresent()) {
            command.addAll(List.of(KafkaBrokerMain.class.getName(), Long.toString(ProcessHandle.current().pid())));
        } else {
            command.add("kafka.Kafka");
        }
        command.add(serverProperties().toString());
        return command;
    }

    private static List<String> java(String classpath) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", classpath));
        return command;
    }

    private boolean answersWithin(Duration timeout) {
        Map<String, Object> settings = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
        try (Admin admin = Admin.create(settings)) {
            return Await.until(timeout, broker::isAlive,
                    () -> !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty());
        }
    }

    private void writeServerProperties() {
        try {
            Files.writeString(serverProperties(), KafkaBrokerSettings.serverProperties(port, controllerPort, dataDir()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + serverProperties(), e);
        }
    }

    private Path serverProperties() {
        return folder.resolve("server.properties");
    }

    private Path dataDir() {
        return folder.resolve("data");
    }
}
