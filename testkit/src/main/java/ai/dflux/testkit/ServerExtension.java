package ai.dflux.testkit;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that starts a test server before the first test of a class and closes it after the last one.
 * Register it on a static field and reach the server through {@link #server()}; the class's own {@code @BeforeAll}
 * methods run once the server is up, and its {@code @AfterAll} methods before it closes.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ServerExtension<PostgresServer> postgres = ServerExtension.postgres();
 *
 * @Test
 * void copies() {
 *     postgres.server().createDatabase("source");
 * }
 * }</pre>
 *
 * @param <S> the kind of server
 */
public final class ServerExtension<S extends AutoCloseable> implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<S> starter;
    private S server;

    /** An extension whose {@code starter} creates and starts the server. */
    ServerExtension(Supplier<S> starter) {
        this.starter = starter;
    }

    /** A {@link PostgresServer#create()} server: a private one, or the existing one its variable names. */
    public static ServerExtension<PostgresServer> postgres() {
        return new ServerExtension<>(() -> PostgresServer.create().start());
    }

    /** A {@link MariaDbServer#create()} server: a private one, or the existing one its variable names. */
    public static ServerExtension<MariaDbServer> mariaDb() {
        return new ServerExtension<>(() -> MariaDbServer.create().start());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = starter.get();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        S started = server;
        server = null;
        if (started != null) {
            started.close();
        }
    }

    /** The running server; there is one only from before the class's first test to after its last. */
    public S server() {
        if (server == null) {
            throw new IllegalStateException("No server runs: the extension starts one only before the tests of the"
                    + " class it is registered on with @RegisterExtension on a static field");
        }
        return server;
    }
}
