package ai.dflux.testkit;

import java.util.Locale;

/** The one stderr line per started server, e.g. {@code [testkit] PostgreSQL 15 on 127.0.0.1:54321 ready in 1.8 s}. */
final class StartupReport {

    private StartupReport() {
    }

    static void ready(String server, String host, int port, long startedAtNanos) {
        double seconds = (System.nanoTime() - startedAtNanos) / 1e9;
        System.err.printf(Locale.ROOT, "[testkit] %s on %s:%d ready in %.1f s%n", server, host, port, seconds);
    }
}
