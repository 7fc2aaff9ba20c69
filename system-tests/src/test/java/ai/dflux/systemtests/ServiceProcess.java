package ai.dflux.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One dflux service running as a child process from its packaged jar ({@code <service>/target/quarkus-app}), the way
 * it runs in production: its own JVM, configured only through environment variables, its output in one log file.
 */
public final class ServiceProcess {

    /** A readiness answer: the HTTP status (or {@link #NO_ANSWER}) and the health report's body. */
    public record Health(int status, String body) {

        public boolean up() {
            return status == 200;
        }

        public boolean down() {
            return status == 503;
        }
    }

    /** The status of a probe that got no HTTP answer at all (refused, reset or timed out). */
    public static final int NO_ANSWER = -1;

    /** The JVM options of the services in tests: small heaps, so that the five services and the databases fit. */
    public static final List<String> TEST_JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC");
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final String name;
    private final int port;
    private final Path logFile;
    private final Process process;
    private final long startedAtNanos;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceProcess(String name, int port, Path logFile, Process process, long startedAtNanos) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
        this.startedAtNanos = startedAtNanos;
    }

    /**
     * Starts {@code java -jar <jar>} with the given environment on top of this JVM's, HTTP on {@code port}; the
     * output goes to {@code <logDir>/<name>.log}. Returns at once; {@link #awaitReady} waits for the service.
     */
    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment,
            List<String> jvmOptions, Path logDir) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw install -DskipTests)");
        }
        Path logFile = logDir.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Djava.awt.headless=true");
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        try {
            Files.createDirectories(logDir);
            long startedAt = System.nanoTime();
            return new ServiceProcess(name, port, logFile, builder.start(), startedAt);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + String.join(" ", command), e);
        }
    }

    /**
     * Waits until {@code /q/health/ready} answers 200 and returns how long the service took since it was started;
     * fails at once, with the end of its log, if the process exits meanwhile.
     */
    public Duration awaitReady(Duration timeout) {
        awaitHealth(timeout, Health::up, "ready (UP)");
        return Duration.ofNanos(System.nanoTime() - startedAtNanos);
    }

    /**
     * Waits until {@code /q/health/ready} answers 503 (DOWN) while the process keeps running, and returns that answer.
     * A probe that gets no answer within {@link #PROBE_TIMEOUT} does not count: a readiness endpoint must answer.
     */
    public Health awaitNotReady(Duration timeout) {
        return awaitHealth(timeout, Health::down, "not ready (DOWN)");
    }

    private Health awaitHealth(Duration timeout, Predicate<Health> wanted, String state) {
        AtomicReference<Health> last = new AtomicReference<>();
        try {
            await(name + " " + state)
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(500))
                    .pollInSameThread()
                    .until(() -> {
                        if (!isAlive()) {
                            throw new AssertionError(name + " exited with status " + process.exitValue()
                                    + " while waiting for it to be " + state + System.lineSeparator() + logTail(60));
                        }
                        Health health = readiness();
                        last.set(health);
                        return wanted.test(health);
                    });
            return last.get();
        } catch (ConditionTimeoutException e) {
            Health seen = last.get();
            throw new AssertionError(name + " was not " + state + " within " + timeout.toSeconds() + " s; last probe of "
                    + url() + "/q/health/ready: " + (seen == null ? "none" : seen.status() + " " + seen.body())
                    + System.lineSeparator() + logTail(12, line -> !line.contains("NetworkClient")), e);
        }
    }

    /** One readiness probe. */
    public Health readiness() {
        return probe("/q/health/ready");
    }

    /** The Prometheus text of {@code /q/metrics}. */
    public String metrics() {
        Health answer = probe("/q/metrics");
        if (answer.status() != 200) {
            throw new AssertionError(name + " /q/metrics answered " + answer.status());
        }
        return answer.body();
    }

    private Health probe(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + path)).timeout(PROBE_TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Health(response.statusCode(), response.body());
        } catch (ConnectException e) {
            return new Health(NO_ANSWER, "connection refused");
        } catch (IOException e) {
            return new Health(NO_ANSWER, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Health(NO_ANSWER, "interrupted");
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>} */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    /** Sends SIGTERM and returns at once; {@link #stop()} then waits for the end. */
    public void signalStop() {
        if (process.isAlive()) {
            process.destroy();
        }
    }

    /** Kills the process at once (SIGKILL), as a crash would, and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(10));
    }

    /** Graceful shutdown (SIGTERM); killed if it has not ended after {@link #STOP_GRACE}. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!waitForExit(STOP_GRACE)) {
            System.err.printf("[e2e] %s did not stop within %d s after SIGTERM; killing it%n", name,
                    STOP_GRACE.toSeconds());
            process.destroyForcibly();
            waitForExit(Duration.ofSeconds(10));
        }
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** The last {@code count} lines of the service's log, for failure messages. */
    public String logTail(int count) {
        return logTail(count, line -> true);
    }

    /** The last {@code count} lines of the service's log that {@code keep} accepts (Kafka's reconnect noise aside). */
    public String logTail(int count, Predicate<String> keep) {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8).stream().filter(keep).toList();
            List<String> tail = lines.subList(Math.max(0, lines.size() - count), lines.size());
            return "--- " + logFile + " (last " + tail.size() + " lines)" + System.lineSeparator()
                    + String.join(System.lineSeparator(), tail);
        } catch (IOException | UncheckedIOException e) {
            return "(log " + logFile + " unreadable: " + e + ")";
        }
    }

    @Override
    public String toString() {
        return name + "[pid " + process.pid() + ", " + url() + "]";
    }
}
