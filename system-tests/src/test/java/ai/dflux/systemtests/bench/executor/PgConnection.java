package ai.dflux.systemtests.bench.executor;

import ai.dflux.testkit.PostgresServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** How the command-line tools reach one database of a {@link PostgresServer}. */
public record PgConnection(PostgresServer server, String database) {

    /** {@code host=... port=... user=... dbname=...}, for {@code -d} of psql, pg_dump and pgbench. */
    public String conninfo() {
        return "host=" + server.host() + " port=" + server.port() + " user=" + server.superuser() + " dbname=" + database
                + (server.password().isEmpty() ? "" : " password='" + server.password().replace("\\", "\\\\")
                        .replace("'", "\\'") + "'");
    }

    /** {@code postgresql://user[:password]@host:port/database}, for pgcopydb and pgloader. */
    public String uri() {
        return "postgresql://" + encoded(server.superuser())
                + (server.password().isEmpty() ? "" : ":" + encoded(server.password())) + "@" + server.host() + ":"
                + server.port() + "/" + database;
    }

    /** {@code psql -X -q -v ON_ERROR_STOP=1 -d <conninfo>}, reading its script from standard input. */
    public List<String> psql() {
        return List.of(PgPrograms.postgres("psql").toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", conninfo());
    }

    private static String encoded(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}
