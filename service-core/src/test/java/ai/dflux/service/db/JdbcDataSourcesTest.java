package ai.dflux.service.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.dflux.contracts.Dialect;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

class JdbcDataSourcesTest {

    private static final JdbcDataSources.Address ADDRESS = new JdbcDataSources.Address("db.example", 3307, "shop",
            "reader", "s3cret");

    @Test
    void aPostgresSourceCarriesTheAddressTheApplicationNameAndBothLimits() {
        PGSimpleDataSource source = JdbcDataSources.postgres(ADDRESS,
                new JdbcDataSources.Options("dflux-test", Duration.ofSeconds(7), Duration.ofMinutes(2)));

        assertThat(source.getServerNames()).containsExactly("db.example");
        assertThat(source.getPortNumbers()).containsExactly(3307);
        assertThat(source.getDatabaseName()).isEqualTo("shop");
        assertThat(source.getUser()).isEqualTo("reader");
        assertThat(source.getPassword()).isEqualTo("s3cret");
        assertThat(source.getApplicationName()).isEqualTo("dflux-test");
        assertThat(source.getConnectTimeout()).isEqualTo(7);
        assertThat(source.getSocketTimeout()).isEqualTo(120);
    }

    @Test
    void noSocketTimeoutLeavesReadsUnboundedAndAConnectLimitUnderASecondStaysALimit() {
        PGSimpleDataSource source = JdbcDataSources.postgres(ADDRESS,
                new JdbcDataSources.Options("dflux-test", Duration.ofMillis(300), null));

        assertThat(source.getSocketTimeout()).as("0: no limit").isZero();
        assertThat(source.getConnectTimeout()).as("0 would mean no limit").isEqualTo(1);
    }

    @Test
    void aMariaDbSourceHasItsLimitsAndParametersInTheUrl() throws SQLException {
        MariaDbDataSource source = (MariaDbDataSource) JdbcDataSources.mariaDb(Dialect.MARIADB, ADDRESS,
                new JdbcDataSources.Options("dflux-test", Duration.ofSeconds(10), Duration.ofMinutes(5)),
                List.of("useBulkStmts=false"));

        // the driver gives its URL back normalized: options by their full names, the password masked
        assertThat(source.getUrl()).startsWith("jdbc:mariadb://db.example:3307/shop?")
                .contains("connectTimeout=10000", "socketTimeout=300000", "useBulkStmtsForInserts=false")
                .doesNotContain("s3cret", "permitMysqlScheme");
        assertThat(source.getUser()).isEqualTo("reader");
    }

    @Test
    void aMySqlSourceUsesTheMySqlSchemeWhichMariaDbsDriverIsToldToAccept() throws SQLException {
        MariaDbDataSource source = (MariaDbDataSource) JdbcDataSources.mariaDb(Dialect.MYSQL, ADDRESS,
                new JdbcDataSources.Options("dflux-test", Duration.ofSeconds(10), null), List.of());

        // without permitMysqlScheme the driver would refuse the jdbc:mysql URL
        assertThat(source.getUrl()).startsWith("jdbc:mariadb://db.example:3307/shop?").contains("permitMysqlScheme")
                .doesNotContain("socketTimeout");
    }

    @Test
    void aUrlTheDriverRefusesIsAnSqlException() {
        assertThatThrownBy(() -> JdbcDataSources.mariaDb(Dialect.MARIADB,
                new JdbcDataSources.Address("db.example", 3306, "shop", "reader", ""),
                new JdbcDataSources.Options("dflux-test", Duration.ofSeconds(10), null), List.of("connectTimeout=soon")))
                .isInstanceOf(SQLException.class);
    }
}
