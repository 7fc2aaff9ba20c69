package ai.dflux.service.db;

import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.agents.DatabaseCredentials;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * JDBC data sources for the databases a migration names, built one way by every service: never through
 * {@code DriverManager}, whose drivers vanish across Quarkus restarts in tests, and always with a bounded connect.
 */
public final class JdbcDataSources {

    /**
     * How a service connects.
     *
     * @param applicationName the name PostgreSQL shows for the session ({@code pg_stat_activity.application_name})
     * @param socketTimeout the longest wait for one answer; null for none (a large table's read may take long)
     */
    public record Options(String applicationName, Duration connectTimeout, Duration socketTimeout) {
    }

    /** Where a database is and who logs in. */
    public record Address(String host, int port, String database, String username, String password) {

        /** The address of a database a migration names. */
        public static Address of(DatabaseCredentials credentials) {
            return new Address(credentials.host(), credentials.port(), credentials.database(), credentials.username(),
                    credentials.password());
        }
    }

    private JdbcDataSources() {
    }

    public static PGSimpleDataSource postgres(Address address, Options options) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {address.host()});
        source.setPortNumbers(new int[] {address.port()});
        source.setDatabaseName(address.database());
        source.setUser(address.username());
        source.setPassword(address.password());
        source.setConnectTimeout(seconds(options.connectTimeout()));
        if (options.socketTimeout() != null) {
            source.setSocketTimeout(seconds(options.socketTimeout()));
        }
        source.setApplicationName(options.applicationName());
        return source;
    }

    /**
     * A MariaDB or MySQL server, through MariaDB's driver (a MySQL server by its {@code jdbc:mysql} scheme).
     *
     * @param urlParameters further {@code name=value} settings of the driver's URL
     * @throws SQLException when the driver refuses the URL these make
     */
    public static DataSource mariaDb(Dialect dialect, Address address, Options options, List<String> urlParameters)
            throws SQLException {
        StringBuilder url = new StringBuilder(dialect == Dialect.MYSQL ? "jdbc:mysql" : "jdbc:mariadb").append("://")
                .append(address.host()).append(':').append(address.port()).append('/').append(address.database())
                .append("?connectTimeout=").append(seconds(options.connectTimeout()) * 1000L);
        if (options.socketTimeout() != null) {
            url.append("&socketTimeout=").append(seconds(options.socketTimeout()) * 1000L);
        }
        urlParameters.forEach(parameter -> url.append('&').append(parameter));
        if (dialect == Dialect.MYSQL) {
            url.append("&permitMysqlScheme");
        }
        MariaDbDataSource source = new MariaDbDataSource();
        source.setUrl(url.toString());
        source.setUser(address.username());
        source.setPassword(address.password());
        return source;
    }

    /** Whole seconds, at least one: the drivers take no finer limits, and 0 would mean none. */
    private static int seconds(Duration duration) {
        return (int) Math.max(1, duration.toSeconds());
    }
}
