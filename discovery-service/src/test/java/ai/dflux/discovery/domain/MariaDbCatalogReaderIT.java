package ai.dflux.discovery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.events.FailureReason;
import ai.dflux.testkit.MariaDbServer;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MariaDbCatalogReaderIT {

    private static MariaDbServer mariadb;

    @BeforeAll
    static void startMariaDb() throws Exception {
        mariadb = MariaDbServer.create().start();
        mariadb.createDatabase("store");
        try (Connection c = mariadb.dataSource("store").getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists country (code char(2) primary key, name varchar(60) not null)");
            s.execute("""
                    create table if not exists customer (id int unsigned auto_increment primary key,
                      email varchar(120) not null unique, country char(2) not null,
                      kind enum('person','company') not null default 'person',
                      updated_at timestamp not null default current_timestamp on update current_timestamp,
                      constraint customer_country foreign key (country) references country (code))""");
            s.execute("""
                    create table if not exists order_line (order_id int not null, line smallint not null,
                      customer_id int unsigned not null, amount decimal(12,2),
                      primary key (order_id, line),
                      constraint line_customer foreign key (customer_id) references customer (id))""");
            s.execute("create or replace view big_customers as select id from customer");
            s.execute("insert ignore into country values ('FR', 'France'), ('DE', 'Germany')");
            s.execute("analyze table country, customer, order_line");
        }
    }

    @AfterAll
    static void stopMariaDb() {
        mariadb.close();
    }

    @Test
    void readsTablesColumnsAndKeysWithBulkQueries() throws Exception {
        Catalog catalog = new MariaDbCatalogReader("mariadb").read(mariadb.dataSource("store"), "store");

        assertThat(catalog.serverVersion()).containsIgnoringCase("maria");
        assertThat(catalog.tables()).extracting(TableInfo::name)
                .containsExactly("country", "customer", "order_line");
        TableInfo customer = table(catalog, "customer");
        assertThat(customer.columns()).extracting(ColumnInfo::name)
                .containsExactly("id", "email", "country", "kind", "updated_at");
        assertThat(customer.columns()).extracting(ColumnInfo::dataType)
                .contains("int(10) unsigned", "enum('person','company')");
        assertThat(customer.primaryKey()).containsExactly("id");
        assertThat(customer.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("country");
            assertThat(fk.referencedTable()).isEqualTo("country");
            assertThat(fk.referencedColumns()).containsExactly("code");
        });
        assertThat(table(catalog, "order_line").primaryKey()).containsExactly("order_id", "line");
        assertThat(table(catalog, "country").rowEstimate()).isEqualTo(2);
    }

    @Test
    void namesAWrongPasswordAsAnAuthenticationFailure() {
        var connection = new DatabaseConnection(Dialect.MARIADB, mariadb.host(), mariadb.port(), "store",
                mariadb.user(), "wrong-password");

        var outcome = new SourceCatalogs(Duration.ofSeconds(5)).read(connection);

        assertThat(outcome).isInstanceOfSatisfying(DiscoveryOutcome.Failed.class, failed -> {
            assertThat(failed.failure().reason()).isEqualTo(FailureReason.SOURCE_AUTHENTICATION_FAILED);
            assertThat(failed.failure().message()).contains(mariadb.user()).doesNotContain("wrong-password");
        });
    }

    @Test
    void namesAMissingDatabase() {
        var connection = new DatabaseConnection(Dialect.MARIADB, mariadb.host(), mariadb.port(), "nope",
                mariadb.user(), mariadb.password());

        var outcome = new SourceCatalogs(Duration.ofSeconds(5)).read(connection);

        assertThat(outcome).isInstanceOfSatisfying(DiscoveryOutcome.Failed.class, failed -> assertThat(
                failed.failure().reason()).isEqualTo(FailureReason.SOURCE_DATABASE_NOT_FOUND));
    }

    private static TableInfo table(Catalog catalog, String name) {
        return catalog.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
