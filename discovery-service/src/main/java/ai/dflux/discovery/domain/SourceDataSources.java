package ai.dflux.discovery.domain;

import ai.dflux.contracts.Dialect;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Makes a JDBC {@link DataSource} for a source connection (never DriverManager, whose drivers vanish on restarts). */
public final class SourceDataSources {

    private SourceDataSources() {
    }

    public static DataSource of(DatabaseConnection connection, Duration connectTimeout) throws SQLException {
        int seconds = (int) Math.max(1, connectTimeout.toSeconds());
        return switch (connection.dialect()) {
            case POSTGRESQL -> postgres(connection, seconds);
            case MYSQL, MARIADB -> mariaDb(connection, seconds);
            case ORACLE -> throw new IllegalArgumentException("oracle sources are read from scripts, not connections");
        };
    }

    private static DataSource postgres(DatabaseConnection connection, int timeoutSeconds) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {connection.host()});
        source.setPortNumbers(new int[] {connection.port()});
        source.setDatabaseName(connection.database());
        source.setUser(connection.username());
        source.setPassword(connection.password());
        source.setConnectTimeout(timeoutSeconds);
        source.setSocketTimeout(300);
        source.setApplicationName("dflux-discovery");
        return source;
    }

    private static DataSource mariaDb(DatabaseConnection connection, int timeoutSeconds) throws SQLException {
        MariaDbDataSource source = new MariaDbDataSource();
        String scheme = connection.dialect() == Dialect.MYSQL ? "jdbc:mysql" : "jdbc:mariadb";
        source.setUrl(scheme + "://" + connection.host() + ":" + connection.port() + "/" + connection.database()
                + "?connectTimeout=" + timeoutSeconds * 1000 + "&socketTimeout=300000"
                + (connection.dialect() == Dialect.MYSQL ? "&permitMysqlScheme" : ""));
        source.setUser(connection.username());
        source.setPassword(connection.password());
        return source;
    }
}
