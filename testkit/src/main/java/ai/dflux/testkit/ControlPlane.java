package ai.dflux.testkit;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The PostgreSQL server and Kafka broker that the services of one test JVM share, started on first use and stopped at
 * JVM exit. Several {@code @QuarkusTest} classes therefore start them once. A test can create its own source or
 * target database on {@link #postgres()}.
 *
 * <p>Quarkus loads test classes in more than one class loader; the first to start a server records where it is in a
 * system property and the others connect to that one, so there is still one of each per JVM (only the first class
 * loader's object can stop or restart it).
 */
public final class ControlPlane {

    /** The database the services keep their own state in. */
    public static final String DATABASE = "dflux";
    private static final String POSTGRES_PROPERTY = "dflux.testkit.control-plane.postgres";
    private static final String KAFKA_PROPERTY = "dflux.testkit.control-plane.kafka";
    /** String literals are one object in the whole JVM, so they lock across class loaders. */
    private static final String POSTGRES_LOCK = "ai.dflux.testkit.ControlPlane.postgres";
    private static final String KAFKA_LOCK = "ai.dflux.testkit.ControlPlane.kafka";

    private static PostgresServer postgres;
    private static KafkaBroker kafka;

    private ControlPlane() {
    }

    /** The shared PostgreSQL server, with database {@value #DATABASE}; started on first call. */
    public static PostgresServer postgres() {
        synchronized (POSTGRES_LOCK) {
            if (postgres == null) {
                String started = System.getProperty(POSTGRES_PROPERTY);
                if (started != null) {
                    postgres = PostgresServer.existing(started);
                } else {
                    postgres = PostgresServer.create().start();
                    postgres.createDatabase(DATABASE);
                    System.setProperty(POSTGRES_PROPERTY, postgres.url());
                }
            }
            return postgres;
        }
    }

    /** The shared Kafka broker; started on first call. */
    public static KafkaBroker kafka() {
        synchronized (KAFKA_LOCK) {
            if (kafka == null) {
                String started = System.getProperty(KAFKA_PROPERTY);
                if (started != null) {
                    kafka = KafkaBroker.existing(started);
                } else {
                    kafka = KafkaBroker.create().start();
                    System.setProperty(KAFKA_PROPERTY, kafka.bootstrapServers());
                }
            }
            return kafka;
        }
    }

    /** The configuration a service needs to run against the shared servers; starts both (in parallel) if needed. */
    public static Map<String, String> serviceConfig() {
        CompletableFuture<KafkaBroker> startingKafka = CompletableFuture.supplyAsync(ControlPlane::kafka,
                task -> new Thread(task, "dflux-control-plane-kafka").start());
        PostgresServer database = postgres();
        KafkaBroker broker = startingKafka.join();
        return Map.of(
                "dflux.db.host", database.host(),
                "dflux.db.port", Integer.toString(database.port()),
                "dflux.db.name", DATABASE,
                "dflux.db.user", database.superuser(),
                "dflux.db.password", database.password(),
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "mp.jwt.verify.publickey.location", TestTokens.publicKeyLocation(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER);
    }
}
