package ai.dflux.systemtests;

import ai.dflux.testkit.FreePorts;
import ai.dflux.testkit.KafkaBroker;
import ai.dflux.testkit.PostgresServer;
import ai.dflux.testkit.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The whole of dflux on one machine: a private PostgreSQL (the control plane, and room for source and target
 * databases), a private Kafka broker and the five services as child processes from their packaged jars. The broker is
 * exposed so that a test can take it away and bring it back. {@link #close()} stops the services, then Kafka, then
 * PostgreSQL.
 */
public final class DfluxStack implements AutoCloseable {

    public static final String DISCOVERY = "discovery-service";
    public static final String COMPATIBILITY = "compatibility-service";
    public static final String EXECUTOR = "executor-service";
    public static final String VALIDATION = "validation-service";
    public static final String ROLLBACK = "rollback-service";
    /** Every service, discovery (the front door) first. */
    public static final List<String> SERVICES = List.of(DISCOVERY, COMPATIBILITY, EXECUTOR, VALIDATION, ROLLBACK);

    /** The control-plane database; each service creates its own schema in it. */
    public static final String CONTROL_PLANE_DATABASE = "dflux";

    private static final Duration SERVICE_START_TIMEOUT = Duration.ofSeconds(150);

    /** How often discovery rereads the sources of running migrations in these tests (deployed: 60 s). */
    public static final Duration DRIFT_INTERVAL = Duration.ofSeconds(3);

    private final Path logDir;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
    private final List<ServiceProcess> replicas = new ArrayList<>();
    /** Stops whatever runs if the test JVM ends without {@link #close()} (Ctrl-C, a failing fork). */
    private final Thread shutdownHook = new Thread(this::stopAll, "dflux-stack-shutdown");

    private final Map<String, String> executorSettings;
    /** How often discovery rereads the sources; null for the service's own default. */
    private final Duration driftInterval;
    /** Whether the services run with the JVM memory settings of their Kubernetes manifests. */
    private final boolean deployedJvms;

    private DfluxStack(Path logDir, Map<String, String> executorSettings, Duration driftInterval,
            boolean deployedJvms) {
        this.executorSettings = Map.copyOf(executorSettings);
        this.driftInterval = driftInterval;
        this.deployedJvms = deployedJvms;
        this.logDir = logDir;
    }

    /**
     * Starts PostgreSQL and Kafka (side by side), then the five services (side by side), and returns once every
     * service reports ready; prints how long each part took. Service logs go to
     * {@code system-tests/target/e2e-logs/<runName>/}.
     */
    public static DfluxStack start(String runName) {
        return start(runName, Map.of());
    }

    /** As {@link #start(String)}, with settings (environment variables) for the executor on top of the usual. */
    public static DfluxStack start(String runName, Map<String, String> executorSettings) {
        return start(new DfluxStack(freshLogDir(runName), executorSettings, DRIFT_INTERVAL, false));
    }

    /**
     * As {@link #start(String)}, but every service with its deployed defaults: discovery rereads a running migration's
     * source every minute, not every {@link #DRIFT_INTERVAL}, and every JVM sized as its Kubernetes manifest sizes it
     * ({@link DeployedJvmOptions}) instead of the tests' small heaps. For benchmarks, whose figures must be what a
     * deployment costs the source.
     */
    public static DfluxStack startAsDeployed(String runName) {
        return start(new DfluxStack(freshLogDir(runName), Map.of(), null, true));
    }

    private static DfluxStack start(DfluxStack stack) {
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException | Error e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() {
        long begin = System.nanoTime();
        CompletableFuture<PostgresServer> pg = CompletableFuture.supplyAsync(() -> PostgresServer.create().start());
        CompletableFuture<KafkaBroker> broker = CompletableFuture.supplyAsync(() -> KafkaBroker.create().start());
        postgres = joinKeepingStarted(pg);
        kafka = joinKeepingStarted(broker);
        pg.join(); // rethrows a failure to start, once both are known, so that close() stops the other one
        broker.join();
        postgres.createDatabase(CONTROL_PLANE_DATABASE);
        long infraReady = System.nanoTime();
        report("PostgreSQL " + postgres.host() + ":" + postgres.port() + " and Kafka " + kafka.bootstrapServers(),
                begin, infraReady);

        int[] ports = FreePorts.pick(SERVICES.size());
        Map<String, String> environment = environment();
        environment.put("QUARKUS_REST_CLIENT_DFLUX_DISCOVERY_URL",
                "http://localhost:" + ports[SERVICES.indexOf(DISCOVERY)]);
        environment.put("QUARKUS_REST_CLIENT_DFLUX_COMPATIBILITY_URL",
                "http://localhost:" + ports[SERVICES.indexOf(COMPATIBILITY)]);
        for (int i = 0; i < SERVICES.size(); i++) {
            String name = SERVICES.get(i);
            Map<String, String> own = new LinkedHashMap<>(environment);
            own.put("DFLUX_SERVICE_AGENT_TOKEN", TestTokens.forAgent(name));
            if (EXECUTOR.equals(name)) {
                own.putAll(executorSettings);
            }
            if (DISCOVERY.equals(name)) {
                own.putAll(cryptoKey());
                if (driftInterval != null) {
                    own.put("DFLUX_DISCOVERY_DRIFT_INTERVAL", driftInterval.toSeconds() + "s");
                }
            }
            environments.put(name, own);
            services.put(name, ServiceProcess.start(name, jar(name), ports[i], own, jvmOptions(name), logDir));
        }
        for (ServiceProcess service : services.values()) {
            Duration took = service.awaitReady(SERVICE_START_TIMEOUT);
            System.out.printf(Locale.ROOT, "[e2e] %-22s ready in %5.1f s  (pid %d, %s)%n", service.name(),
                    took.toMillis() / 1000.0, service.pid(), service.url());
        }
        report("five services", infraReady, System.nanoTime());
        report("whole stack", begin, System.nanoTime());
    }

    /**
     * Kills a service with SIGKILL, as a crash would, then starts it again on the same port with the same settings and
     * returns once it is ready.
     */
    public ServiceProcess crashAndRestart(String name) {
        crash(name);
        return startAgain(name);
    }

    /** Kills a service with SIGKILL, as a crash would; {@link #startAgain} brings it back. */
    public void crash(String name) {
        service(name).kill();
    }

    /** Starts a crashed service again on the same port with the same settings; returns once it is ready. */
    public ServiceProcess startAgain(String name) {
        ServiceProcess crashed = service(name);
        ServiceProcess restarted = ServiceProcess.start(name, jar(name), crashed.port(), environments.get(name),
                jvmOptions(name), logDir);
        services.put(name, restarted);
        Duration took = restarted.awaitReady(SERVICE_START_TIMEOUT);
        System.out.printf(Locale.ROOT, "[e2e] %-22s restarted after kill -9, ready in %5.1f s%n", name,
                took.toMillis() / 1000.0);
        return restarted;
    }

    /**
     * Starts one more replica of a service with its settings, on a port of its own, and returns once it is ready; it is
     * named after the service and numbered from 2, and stops with the stack.
     */
    public synchronized ServiceProcess startReplica(String name) {
        String replicaName = name + "-" + (replicas.size() + 2);
        ServiceProcess replica = ServiceProcess.start(replicaName, jar(name), FreePorts.pick(1)[0],
                environments.get(name), jvmOptions(name), logDir);
        replicas.add(replica);
        Duration took = replica.awaitReady(SERVICE_START_TIMEOUT);
        System.out.printf(Locale.ROOT, "[e2e] %-22s ready in %5.1f s  (pid %d, %s)%n", replicaName,
                took.toMillis() / 1000.0, replica.pid(), replica.url());
        return replica;
    }

    /** Keeps what did start even when the other part failed, so that {@link #close()} can stop it. */
    private static <T> T joinKeepingStarted(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DFLUX_DB_HOST", postgres.host());
        env.put("DFLUX_DB_PORT", Integer.toString(postgres.port()));
        env.put("DFLUX_DB_NAME", CONTROL_PLANE_DATABASE);
        env.put("DFLUX_DB_USER", postgres.superuser());
        env.put("DFLUX_DB_PASSWORD", postgres.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TestTokens.publicKeyLocation());
        env.put("MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER);
        return env;
    }

    /** A fresh AES-256 key for sealing connection passwords, as an operator would configure it. */
    private static Map<String, String> cryptoKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Map.of("DFLUX_CRYPTO_KEY_ID", "e2e", "DFLUX_CRYPTO_KEY", Base64.getEncoder().encodeToString(key));
    }

    private static Path jar(String service) {
        return repoRoot().resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The repository root: system property {@code dflux.repo.root} (set by the POM), else the parent of the cwd. */
    private List<String> jvmOptions(String service) {
        return deployedJvms ? deployedJvmOptions(service) : ServiceProcess.TEST_JVM_OPTIONS;
    }

    /** The JVM options {@link #startAsDeployed} gives {@code service}: its Kubernetes manifest's sizing. */
    public static List<String> deployedJvmOptions(String service) {
        return DeployedJvmOptions.of(repoRoot().resolve("deploy/k8s"), service);
    }

    public static Path repoRoot() {
        String configured = System.getProperty("dflux.repo.root");
        Path root = configured == null || configured.isBlank() ? Path.of("..") : Path.of(configured);
        return root.toAbsolutePath().normalize();
    }

    private static Path freshLogDir(String runName) {
        Path dir = repoRoot().resolve("system-tests/target/e2e-logs").resolve(runName);
        try {
            Files.createDirectories(dir);
            try (Stream<Path> old = Files.list(dir)) {
                for (Path log : old.filter(p -> p.toString().endsWith(".log")).toList()) {
                    Files.delete(log);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + dir, e);
        }
    }

    private static void report(String what, long fromNanos, long toNanos) {
        System.out.printf(Locale.ROOT, "[e2e] %s ready in %.1f s%n", what, (toNanos - fromNanos) / 1e9);
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new NoSuchElementException("No service " + name + " in this stack");
        }
        return service;
    }

    public ServiceProcess discovery() {
        return service(DISCOVERY);
    }

    /** All five, discovery first. */
    public List<ServiceProcess> services() {
        return List.copyOf(services.values());
    }

    public Path logDir() {
        return logDir;
    }

    /** Stops the services (all signalled at once, each awaited), then Kafka, then PostgreSQL; never throws. */
    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway
        }
    }

    private synchronized void stopAll() {
        List<ServiceProcess> all = new ArrayList<>(services.values());
        all.addAll(replicas);
        for (ServiceProcess service : all) {
            quietly(service::signalStop, "signalling " + service.name());
        }
        for (ServiceProcess service : all) {
            quietly(service::stop, "stopping " + service.name());
        }
        if (kafka != null) {
            quietly(kafka::close, "stopping Kafka");
        }
        if (postgres != null) {
            quietly(postgres::close, "stopping PostgreSQL");
        }
    }

    private static void quietly(Runnable step, String what) {
        try {
            step.run();
        } catch (RuntimeException e) {
            System.err.println("[e2e] " + what + " failed: " + e);
        }
    }
}
