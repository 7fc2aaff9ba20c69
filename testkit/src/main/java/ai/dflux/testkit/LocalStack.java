package ai.dflux.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The servers of the local stack ({@code deploy/local/up}): PostgreSQL with database {@value ControlPlane#DATABASE}
 * and Kafka on fixed ports, with their data kept under the state folder between runs.
 *
 * <pre>{@code java ai.dflux.testkit.LocalStack --state-dir DIR --kafka-port 9092 --pg-port 5432}</pre>
 *
 * Writes {@code DIR/stack.env} with the services' settings, prints {@code READY} and runs until SIGTERM, when the
 * servers' shutdown hooks stop both.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: LocalStack --state-dir DIR --kafka-port N --pg-port N");
            System.exit(2);
            return;
        }
        try {
            start(options);
        } catch (RuntimeException | IOException e) {
            System.err.println("[testkit] local stack failed to start: " + e.getMessage());
            System.exit(1);
        }
        System.out.println("READY");
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static void start(Options options) throws IOException {
        Path stateDir = TempFolders.ensure(options.stateDir().toAbsolutePath());
        PostgresServer postgres = PostgresServer.inFolder(stateDir.resolve("postgres"), options.pgPort()).start();
        postgres.createDatabase(ControlPlane.DATABASE);
        KafkaBroker kafka = KafkaBroker.inFolder(stateDir.resolve("kafka"), options.kafkaPort()).start();
        Files.writeString(stateDir.resolve("stack.env"), String.join("\n",
                "DFLUX_DB_HOST=" + postgres.host(),
                "DFLUX_DB_PORT=" + postgres.port(),
                "DFLUX_DB_NAME=" + ControlPlane.DATABASE,
                "DFLUX_DB_USER=" + postgres.superuser(),
                "DFLUX_DB_PASSWORD=" + postgres.password(),
                "KAFKA_BOOTSTRAP_SERVERS=" + kafka.bootstrapServers(),
                ""));
    }

    /** The command line: {@code --state-dir DIR --kafka-port N --pg-port N}, all required. */
    record Options(Path stateDir, int kafkaPort, int pgPort) {

        static Options parse(String[] args) {
            Path stateDir = null;
            Integer kafkaPort = null;
            Integer pgPort = null;
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Missing value after " + args[i]);
                }
                switch (args[i]) {
                    case "--state-dir" -> stateDir = Path.of(args[i + 1]);
                    case "--kafka-port" -> kafkaPort = port(args[i], args[i + 1]);
                    case "--pg-port" -> pgPort = port(args[i], args[i + 1]);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
            }
            if (stateDir == null || kafkaPort == null || pgPort == null) {
                throw new IllegalArgumentException("--state-dir, --kafka-port and --pg-port are all required");
            }
            return new Options(stateDir, kafkaPort, pgPort);
        }

        private static int port(String option, String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a port number, got " + value);
            }
        }
    }
}
