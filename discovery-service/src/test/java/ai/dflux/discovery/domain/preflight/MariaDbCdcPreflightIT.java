package ai.dflux.discovery.domain.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.findings.Finding;
import ai.dflux.testkit.MariaDbServer;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MariaDbCdcPreflightIT {

    private static MariaDbServer mariadb;

    @BeforeAll
    static void startMariaDb() throws Exception {
        mariadb = MariaDbServer.create().start();
        mariadb.createDatabase("preflight");
        execute("create user if not exists 'reader'@'%' identified by 'reader-pw'",
                "grant select on *.* to 'reader'@'%'");
    }

    @AfterAll
    static void stopMariaDb() {
        mariadb.close();
    }

    @Test
    void theTestkitCdcUserOnARowBinlogServerPassesEveryCheck() {
        List<Finding> found = new MariaDbCdcPreflight("mariadb")
                .check(mariadb.dataSource("preflight", mariadb.cdcUser(), mariadb.cdcPassword()));

        assertThat(found).extracting(Finding::ruleId).doesNotContain("MYSQL_CDC_GRANTS", "MYSQL_BINLOG_FORMAT",
                "MYSQL_BINLOG_ROW_IMAGE", "MYSQL_BINLOG_DISABLED", "MYSQL_SERVER_ID", "CDC_CHECK_FAILED");
    }

    @Test
    void namesEveryMissingGrantWithTheStatementThatAddsIt() {
        List<Finding> found = new MariaDbCdcPreflight("mariadb")
                .check(mariadb.dataSource("preflight", "reader", "reader-pw"));

        assertThat(found).filteredOn(f -> f.ruleId().equals("MYSQL_CDC_GRANTS")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("RELOAD", "SHOW DATABASES", "REPLICATION SLAVE", "BINLOG MONITOR")
                    .doesNotContain("SELECT,");
            assertThat(f.remedy()).startsWith("GRANT RELOAD, SHOW DATABASES, REPLICATION SLAVE")
                    .endsWith(" ON *.* TO 'reader'@'%';");
        });
    }

    @Test
    void blocksARowImageThatIsNotFull() throws Exception {
        execute("set global binlog_row_image = 'MINIMAL'");
        try {
            List<Finding> found = new MariaDbCdcPreflight("mariadb").check(mariadb.dataSource("preflight"));

            assertThat(found).filteredOn(f -> f.ruleId().equals("MYSQL_BINLOG_ROW_IMAGE")).singleElement()
                    .satisfies(f -> assertThat(f.remedy()).contains("binlog_row_image = 'FULL'"));
        } finally {
            execute("set global binlog_row_image = 'FULL'");
        }
    }

    private static void execute(String... statements) throws Exception {
        try (Connection c = mariadb.dataSource("preflight").getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
