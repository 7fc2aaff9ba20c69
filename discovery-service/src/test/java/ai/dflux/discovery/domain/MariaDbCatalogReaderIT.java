package ai.dflux.discovery.domain;

import static ai.dflux.discovery.domain.CatalogLookup.table;
import static ai.dflux.discovery.domain.CatalogLookup.column;
import static ai.dflux.discovery.domain.CatalogLookup.index;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.CheckConstraintInfo;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.RoutineInfo;
import ai.dflux.contracts.catalog.SequenceInfo;
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
        mariadb.createDatabase("features");
        try (Connection c = mariadb.dataSource("features").getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    create or replace table measure (id int not null, taken date not null,
                      price decimal(10,2) check (price >= 0), doc json, note varchar(200) default 'NULL',
                      label varchar(10) default null, doubled int as (id * 2) virtual,
                      bumped int as (id + 1) stored, touched timestamp(3) null on update current_timestamp(3),
                      stamped datetime(3) default current_timestamp(3) on update current_timestamp(3),
                      title varchar(100) comment 'shown title',
                      primary key (id, taken), constraint taken_recent check (taken > '2000-01-01'),
                      key note_prefix (note(10) desc), unique key bumped_taken (bumped, taken))
                    comment 'measures by year'
                    partition by range (year(taken)) (partition p2020 values less than (2021),
                      partition pmax values less than maxvalue)""");
            s.execute("""
                    create or replace table place (id int primary key, shape geometry not null,
                      spot point, body mediumtext, spatial key shape_index (shape), fulltext key body_text (body))""");
            s.execute("create or replace table audit (id int primary key, qty int check (qty > 1))");
            s.execute("create or replace table history (id int primary key, x int unique) with system versioning");
            s.execute("create or replace sequence ticket start with 100 increment by 5 minvalue 10 maxvalue 1000"
                    + " cycle");
            s.execute("create or replace sequence counter");
            s.execute("select nextval(counter), nextval(counter)");
            s.execute("""
                    create or replace procedure bump(in p_id int, out p_total bigint, inout p_note varchar(20))
                    begin set p_total = p_id + 1; set p_note = concat(p_note, '!'); end""");
            s.execute("create or replace function twice(p int) returns int deterministic return p * 2");
            s.execute("create or replace procedure nothing() begin end");
            s.execute("set session sql_mode = 'ORACLE'");
            s.execute("create or replace package tools as function one return int; end");
            s.execute("create or replace package body tools as function one return int as begin return 1; end; end");
            s.execute("set session sql_mode = default");
            s.execute("""
                    create or replace trigger audit_check before update on audit for each row
                    set new.qty = greatest(new.qty, 2)""");
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
    void readsEveryObjectKindOfMariaDb() throws Exception {
        Catalog catalog = new MariaDbCatalogReader("mariadb").read(mariadb.dataSource("features"), "features");

        assertThat(catalog.partial()).as("problems: %s", catalog.problems()).isFalse();
        assertThat(catalog.dialect()).isEqualTo("mariadb");
        assertThat(catalog.tables()).extracting(TableInfo::name)
                .containsExactlyInAnyOrder("audit", "history", "measure", "place");
        TableInfo measure = table(catalog, "measure");
        assertThat(measure.comment()).isEqualTo("measures by year");
        assertThat(measure.partitioning()).satisfies(p -> {
            assertThat(p.method()).isEqualTo("RANGE");
            assertThat(p.key()).isEqualTo("year(`taken`)");
            assertThat(p.partitions()).containsExactly("p2020", "pmax");
        });
        assertThat(column(measure, "note").defaultValue()).as("the string 'NULL'").isEqualTo("'NULL'");
        assertThat(column(measure, "label").defaultValue()).as("the NULL default").isNull();
        assertThat(column(measure, "doubled")).satisfies(c -> {
            assertThat(c.generatedExpression()).isEqualTo("`id` * 2");
            assertThat(c.defaultValue()).isNull();
        });
        assertThat(column(measure, "bumped").generatedExpression()).isEqualTo("`id` + 1");
        assertThat(column(measure, "id").generatedExpression()).isNull();
        assertThat(column(measure, "touched").defaultValue()).isEqualTo("ON UPDATE current_timestamp(3)");
        assertThat(column(measure, "stamped").defaultValue())
                .isEqualTo("current_timestamp(3) ON UPDATE current_timestamp(3)");
        assertThat(column(measure, "doc")).satisfies(c -> {
            assertThat(c.dataType()).isEqualTo("longtext");
            assertThat(c.largeObject()).isTrue();
        });
        assertThat(column(measure, "title").comment()).isEqualTo("shown title");
        assertThat(column(measure, "title").collation()).isNotNull();
        assertThat(column(measure, "id").comment()).isNull();
        assertThat(measure.checkConstraints()).extracting(CheckConstraintInfo::name)
                .containsExactlyInAnyOrder("doc", "price", "taken_recent");
        assertThat(measure.checkConstraints()).filteredOn(k -> k.name().equals("price")).singleElement()
                .satisfies(k -> assertThat(k.expression()).isEqualTo("`price` >= 0"));
        assertThat(table(catalog, "audit").checkConstraints()).singleElement()
                .satisfies(k -> assertThat(k.expression()).isEqualTo("`qty` > 1"));
        assertThat(measure.uniqueConstraints()).singleElement().satisfies(u -> {
            assertThat(u.name()).isEqualTo("bumped_taken");
            assertThat(u.columns()).containsExactly("bumped", "taken");
        });
        assertThat(measure.indexes()).extracting(IndexInfo::name)
                .containsExactly("PRIMARY", "bumped_taken", "note_prefix");
        assertThat(index(measure, "note_prefix").columns()).as("descending, which the model does not keep")
                .containsExactly("note(10)");
        TableInfo place = table(catalog, "place");
        assertThat(index(place, "shape_index")).satisfies(i -> {
            assertThat(i.method()).isEqualTo("SPATIAL");
            assertThat(i.columns()).containsExactly("shape");
        });
        assertThat(index(place, "body_text").method()).isEqualTo("FULLTEXT");
        assertThat(column(place, "shape").largeObject()).isTrue();
        assertThat(column(place, "body").largeObject()).isTrue();
        assertThat(place.partitioning()).isNull();
        assertThat(place.comment()).isNull();
        assertThat(table(catalog, "history").primaryKey()).as("without MariaDB's row_end").containsExactly("id");
        assertThat(table(catalog, "history").uniqueConstraints()).singleElement()
                .satisfies(u -> assertThat(u.columns()).containsExactly("x"));
        assertThat(table(catalog, "history").columns()).extracting(ColumnInfo::name).containsExactly("id", "x");

        assertThat(catalog.sequences()).extracting(SequenceInfo::name).containsExactly("counter", "ticket");
        assertThat(catalog.sequences().get(1)).isEqualTo(
                new SequenceInfo("features", "ticket", "bigint", 100, 5, 10L, 1000L, true, null));
        assertThat(catalog.sequences().get(0)).satisfies(q -> {
            assertThat(q.start()).isEqualTo(1);
            assertThat(q.cycle()).isFalse();
            assertThat(q.currentValue()).as("at least the 2 handed out").isGreaterThanOrEqualTo(2L);
        });

        assertThat(catalog.routines()).extracting(RoutineInfo::name, RoutineInfo::kind).containsExactly(
                tuple("bump", RoutineInfo.Kind.PROCEDURE), tuple("nothing", RoutineInfo.Kind.PROCEDURE),
                tuple("tools", RoutineInfo.Kind.PACKAGE), tuple("tools", RoutineInfo.Kind.PACKAGE_BODY),
                tuple("twice", RoutineInfo.Kind.FUNCTION));
        assertThat(catalog.routines().get(0).signature())
                .isEqualTo("(IN p_id int(11), OUT p_total bigint(20), INOUT p_note varchar(20))");
        assertThat(catalog.routines().get(0).language()).isEqualTo("SQL");
        assertThat(catalog.routines().get(1).signature()).isEqualTo("()");
        assertThat(catalog.routines().get(3)).satisfies(r -> {
            assertThat(r.signature()).isNull();
            assertThat(r.body()).contains("return 1");
        });
        assertThat(catalog.counts()).containsEntry("packages", 1).containsEntry("packageBodies", 1)
                .containsEntry("procedures", 2).containsEntry("functions", 1).containsEntry("sequences", 2)
                .containsEntry("checkConstraints", 4).containsEntry("uniqueConstraints", 2);
        assertThat(catalog.routines().get(4)).satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RoutineInfo.Kind.FUNCTION);
            assertThat(r.signature()).isEqualTo("(p int(11))");
            assertThat(r.returns()).isEqualTo("int(11)");
            assertThat(r.body()).isEqualTo("return p * 2");
        });
        assertThat(catalog.triggers()).singleElement().satisfies(t -> {
            assertThat(t.table()).isEqualTo("audit");
            assertThat(t.timing()).isEqualTo("BEFORE");
            assertThat(t.events()).containsExactly("UPDATE");
            assertThat(t.level()).isEqualTo("ROW");
            assertThat(t.body()).isEqualTo("set new.qty = greatest(new.qty, 2)");
        });
        assertThat(catalog.views()).isEmpty();
        assertThat(catalog.types()).isEmpty();
        assertThat(catalog.extensions()).isEmpty();
    }

    @Test
    void readsViewsAndTheOnUpdateMarkerOfTheStore() throws Exception {
        Catalog catalog = new MariaDbCatalogReader("mysql").read(mariadb.dataSource("store"), "store");

        assertThat(catalog.dialect()).isEqualTo("mysql");
        assertThat(catalog.schemas()).containsExactly("store");
        assertThat(catalog.views()).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("big_customers");
            assertThat(v.definition()).startsWith("select").contains("`id`");
            assertThat(v.comment()).isNull();
        });
        TableInfo customer = table(catalog, "customer");
        assertThat(column(customer, "updated_at").defaultValue())
                .isEqualTo("current_timestamp() ON UPDATE current_timestamp()");
        assertThat(column(customer, "kind").defaultValue()).isEqualTo("'person'");
        assertThat(column(customer, "id").identity()).isEqualTo("AUTO_INCREMENT");
        assertThat(customer.uniqueConstraints()).singleElement()
                .satisfies(u -> assertThat(u.columns()).containsExactly("email"));
        assertThat(customer.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.onDelete()).isEqualTo("RESTRICT");
            assertThat(fk.onUpdate()).isEqualTo("RESTRICT");
            assertThat(fk.deferrable()).isFalse();
        });
    }

    @Test
    void marksTheCatalogPartialWhenTheAccountMayNotSeeAViewsDefinition() throws Exception {
        try (Connection c = mariadb.dataSource("store").getConnection(); Statement s = c.createStatement()) {
            s.execute("create user if not exists 'store_reader'@'%' identified by 'store_reader'");
            s.execute("grant select on store.* to 'store_reader'@'%'");
        }

        Catalog catalog = new MariaDbCatalogReader("mariadb")
                .read(mariadb.dataSource("store", "store_reader", "store_reader"), "store");

        assertThat(catalog.tables()).hasSize(3);
        assertThat(catalog.views()).singleElement().satisfies(v -> assertThat(v.definition()).isNull());
        assertThat(catalog.partial()).isTrue();
        assertThat(catalog.problems()).singleElement().asString().contains("view store.big_customers");
    }

    @Test
    void writesMariaDbAndMySqlDefaultsTheSameWay() {
        // MariaDB quotes literals itself and reports a NULL default as NULL.
        assertThat(MariaDbCatalogReader.defaultValue("'G'", "", "enum", true)).isEqualTo("'G'");
        assertThat(MariaDbCatalogReader.defaultValue("NULL", "", "varchar", true)).isNull();
        assertThat(MariaDbCatalogReader.defaultValue(null, "", "varchar", true)).isNull();
        assertThat(MariaDbCatalogReader.defaultValue("current_timestamp()", "on update current_timestamp()",
                "timestamp", true)).isEqualTo("current_timestamp() ON UPDATE current_timestamp()");
        // MySQL 8 reports literals bare and marks expressions DEFAULT_GENERATED.
        assertThat(MariaDbCatalogReader.defaultValue("G", "", "enum", false)).isEqualTo("'G'");
        assertThat(MariaDbCatalogReader.defaultValue("it's", "", "varchar", false)).isEqualTo("'it''s'");
        assertThat(MariaDbCatalogReader.defaultValue("2000-01-01", "", "date", false)).isEqualTo("'2000-01-01'");
        assertThat(MariaDbCatalogReader.defaultValue("4.99", "", "decimal", false)).isEqualTo("4.99");
        assertThat(MariaDbCatalogReader.defaultValue(null, "", "varchar", false)).isNull();
        assertThat(MariaDbCatalogReader.defaultValue("CURRENT_TIMESTAMP",
                "DEFAULT_GENERATED on update CURRENT_TIMESTAMP", "timestamp", false))
                .isEqualTo("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP");
        assertThat(MariaDbCatalogReader.defaultValue(null, "on update CURRENT_TIMESTAMP(6)", "datetime", false))
                .isEqualTo("ON UPDATE CURRENT_TIMESTAMP(6)");
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
}
