package ai.dflux.discovery.domain;

import static ai.dflux.discovery.domain.CatalogLookup.table;
import static ai.dflux.discovery.domain.CatalogLookup.column;
import static ai.dflux.discovery.domain.CatalogLookup.index;
import static ai.dflux.discovery.domain.CatalogLookup.routine;
import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.RoutineInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.catalog.TriggerInfo;
import ai.dflux.contracts.catalog.ViewInfo;
import ai.dflux.testkit.MariaDbCorpora;
import ai.dflux.testkit.MariaDbServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogs of the real Sakila (MySQL source, jOOQ schema + v0.8 data) and Chinook (MySQL source) databases,
 * loaded with the {@code mariadb} client exactly as {@code shared/corpora/README.md} does, equal the README's counts.
 */
class MariaDbCorporaCatalogIT {

    private static final String SAKILA = "corpus_sakila";
    private static final String CHINOOK = "corpus_chinook";

    private static MariaDbServer mariadb;
    private static Catalog sakila;
    private static Catalog chinook;

    @BeforeAll
    static void loadCorpora() throws Exception {
        mariadb = MariaDbServer.create().start();
        MariaDbCorpora.loadSakila(mariadb, SAKILA);
        MariaDbCorpora.loadChinook(mariadb, CHINOOK);
        sakila = new MariaDbCatalogReader("mariadb").read(mariadb.dataSource(SAKILA), SAKILA);
        chinook = new MariaDbCatalogReader("mariadb").read(mariadb.dataSource(CHINOOK), CHINOOK);
    }

    @AfterAll
    static void stopMariaDb() {
        if (mariadb != null) {
            mariadb.close();
        }
    }

    @Test
    void sakilaHasTheObjectCountsOfTheCorporaReadme() {
        assertThat(sakila.partial()).as("problems: %s", sakila.problems()).isFalse();
        assertThat(sakila.schemas()).containsExactly(SAKILA);
        assertThat(sakila.counts()).containsEntry("tables", 16).containsEntry("views", 7)
                .containsEntry("procedures", 3).containsEntry("functions", 3).containsEntry("triggers", 6)
                .containsEntry("indexes", 41).containsEntry("foreignKeys", 22).containsEntry("primaryKeys", 16)
                .containsEntry("uniqueConstraints", 2).containsEntry("checkConstraints", 0)
                .containsEntry("sequences", 0).containsEntry("types", 0).containsEntry("extensions", 0)
                .containsEntry("materializedViews", 0);
        assertThat(sakila.tables().stream().flatMap(t -> t.columns().stream())
                .filter(c -> "AUTO_INCREMENT".equals(c.identity()))).hasSize(13);
        assertThat(sakila.views()).extracting(ViewInfo::name).containsExactlyInAnyOrder("actor_info",
                "customer_list", "film_list", "nicer_but_slower_film_list", "sales_by_film_category",
                "sales_by_store", "staff_list");
        assertThat(sakila.routines()).extracting(RoutineInfo::name).containsExactlyInAnyOrder("rewards_report",
                "film_in_stock", "film_not_in_stock", "get_customer_balance", "inventory_held_by_customer",
                "inventory_in_stock");
        assertThat(sakila.triggers()).extracting(TriggerInfo::name).containsExactlyInAnyOrder("ins_film",
                "upd_film", "del_film", "customer_create_date", "payment_date", "rental_date");
    }

    @Test
    void sakilaColumnsKeepTheMySqlFeaturesAMigrationMustHandle() {
        TableInfo film = table(sakila, "film");
        assertThat(column(film, "film_id")).satisfies(c -> {
            assertThat(c.dataType()).isEqualTo("int(10) unsigned");
            assertThat(c.identity()).isEqualTo("AUTO_INCREMENT");
            assertThat(c.nullable()).isFalse();
            assertThat(c.defaultValue()).isNull();
        });
        assertThat(column(film, "rating").dataType()).isEqualTo("enum('G','PG','PG-13','R','NC-17')");
        assertThat(column(film, "rating").defaultValue()).isEqualTo("'G'");
        assertThat(column(film, "rating").collation()).startsWith("utf8");
        assertThat(column(film, "special_features").dataType()).startsWith("set('Trailers'");
        assertThat(column(film, "special_features").defaultValue()).as("a NULL default").isNull();
        assertThat(column(film, "release_year").dataType()).startsWith("year");
        assertThat(column(film, "rental_rate").defaultValue()).isEqualTo("4.99");
        assertThat(column(film, "description").largeObject()).isTrue();
        assertThat(column(film, "title").largeObject()).isFalse();
        assertThat(column(film, "last_update").defaultValue())
                .isEqualTo("current_timestamp() ON UPDATE current_timestamp()");
        assertThat(column(table(sakila, "staff"), "picture")).satisfies(c -> {
            assertThat(c.dataType()).isEqualTo("mediumblob");
            assertThat(c.largeObject()).isTrue();
        });
        assertThat(column(table(sakila, "staff"), "active").defaultValue()).isEqualTo("1");
        assertThat(table(sakila, "film").rowEstimate()).isPositive();
        assertThat(table(sakila, "payment").sizeBytes()).isPositive();
    }

    @Test
    void sakilaKeysAndIndexes() {
        TableInfo inventory = table(sakila, "inventory");
        assertThat(inventory.primaryKey()).containsExactly("inventory_id");
        assertThat(inventory.foreignKeys()).anySatisfy(fk -> {
            assertThat(fk.name()).isEqualTo("fk_inventory_film");
            assertThat(fk.columns()).containsExactly("film_id");
            assertThat(fk.referencedSchema()).isEqualTo(SAKILA);
            assertThat(fk.referencedTable()).isEqualTo("film");
            assertThat(fk.referencedColumns()).containsExactly("film_id");
            assertThat(fk.onUpdate()).isEqualTo("CASCADE");
            assertThat(fk.onDelete()).isEqualTo("RESTRICT");
        });
        TableInfo rental = table(sakila, "rental");
        assertThat(rental.uniqueConstraints()).singleElement().satisfies(u -> {
            assertThat(u.name()).isEqualTo("rental_date");
            assertThat(u.columns()).containsExactly("rental_date", "inventory_id", "customer_id");
        });
        assertThat(rental.indexes()).extracting(IndexInfo::name).startsWith("PRIMARY").contains("rental_date",
                "idx_fk_inventory_id", "idx_fk_customer_id", "idx_fk_staff_id");
        assertThat(index(rental, "PRIMARY")).satisfies(i -> {
            assertThat(i.primary()).isTrue();
            assertThat(i.unique()).isTrue();
            assertThat(i.method()).isEqualTo("BTREE");
        });
        assertThat(index(rental, "rental_date").unique()).isTrue();
        assertThat(index(rental, "idx_fk_staff_id").unique()).isFalse();
        assertThat(index(table(sakila, "film_text"), "idx_title_description")).satisfies(i -> {
            assertThat(i.method()).isEqualTo("FULLTEXT");
            assertThat(i.columns()).containsExactly("title", "description");
            assertThat(i.expression()).isFalse();
            assertThat(i.predicate()).isNull();
        });
        assertThat(table(sakila, "store").uniqueConstraints()).extracting(u -> u.name())
                .containsExactly("idx_unique_manager");
        assertThat(sakila.tables()).allSatisfy(t -> assertThat(t.partitioning()).isNull());
    }

    @Test
    void sakilaCodeHasSignaturesBodiesAndTriggerEvents() {
        assertThat(routine(sakila, "film_in_stock")).satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RoutineInfo.Kind.PROCEDURE);
            assertThat(r.signature())
                    .isEqualTo("(IN p_film_id int(11), IN p_store_id int(11), OUT p_film_count int(11))");
            assertThat(r.returns()).isNull();
            assertThat(r.language()).isEqualTo("SQL");
            assertThat(r.body()).startsWith("BEGIN").contains("inventory_in_stock(inventory_id)");
        });
        assertThat(routine(sakila, "rewards_report").signature()).isEqualTo("(IN min_monthly_purchases tinyint(3) "
                + "unsigned, IN min_dollar_amount_purchased decimal(10,2) unsigned, OUT count_rewardees int(11))");
        assertThat(routine(sakila, "get_customer_balance")).satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RoutineInfo.Kind.FUNCTION);
            assertThat(r.signature()).isEqualTo("(p_customer_id int(11), p_effective_date datetime)");
            assertThat(r.returns()).isEqualTo("decimal(5,2)");
            assertThat(r.body()).contains("RETURN");
        });
        assertThat(sakila.triggers()).filteredOn(t -> t.name().equals("ins_film")).singleElement().satisfies(t -> {
            assertThat(t.table()).isEqualTo("film");
            assertThat(t.timing()).isEqualTo("AFTER");
            assertThat(t.events()).containsExactly("INSERT");
            assertThat(t.level()).isEqualTo("ROW");
            assertThat(t.body()).contains("INSERT INTO film_text");
            assertThat(t.enabled()).isTrue();
        });
        assertThat(sakila.triggers()).filteredOn(t -> t.name().equals("payment_date")).singleElement()
                .satisfies(t -> {
                    assertThat(t.timing()).isEqualTo("BEFORE");
                    assertThat(t.body()).isEqualTo("SET NEW.payment_date = NOW()");
                });
        assertThat(sakila.views()).filteredOn(v -> v.name().equals("actor_info")).singleElement().satisfies(v -> {
            assertThat(v.definition()).containsIgnoringCase("group_concat");
            assertThat(v.materialized()).isFalse();
        });
        assertThat(sakila.views()).allSatisfy(v -> assertThat(v.definition()).startsWithIgnoringCase("select"));
    }

    @Test
    void chinookHasTheObjectCountsOfTheCorporaReadme() {
        assertThat(chinook.partial()).as("problems: %s", chinook.problems()).isFalse();
        assertThat(chinook.counts()).containsEntry("tables", 11).containsEntry("foreignKeys", 11)
                .containsEntry("indexes", 22).containsEntry("primaryKeys", 11).containsEntry("views", 0)
                .containsEntry("procedures", 0).containsEntry("functions", 0).containsEntry("triggers", 0)
                .containsEntry("sequences", 0);
        assertThat(chinook.tables()).extracting(TableInfo::name).containsExactlyInAnyOrder("Album", "Artist",
                "Customer", "Employee", "Genre", "Invoice", "InvoiceLine", "MediaType", "Playlist", "PlaylistTrack",
                "Track");
        TableInfo employee = table(chinook, "Employee");
        assertThat(employee.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("ReportsTo");
            assertThat(fk.referencedTable()).isEqualTo("Employee");
            assertThat(fk.referencedColumns()).containsExactly("EmployeeId");
            assertThat(fk.onDelete()).isEqualTo("NO ACTION");
        });
        assertThat(table(chinook, "PlaylistTrack").primaryKey()).containsExactly("PlaylistId", "TrackId");
        assertThat(column(table(chinook, "Track"), "UnitPrice").dataType()).isEqualTo("decimal(10,2)");
        assertThat(column(table(chinook, "Track"), "Name").collation()).startsWith("utf8mb3");
        assertThat(chinook.tables()).allSatisfy(t -> assertThat(t.columns())
                .noneMatch(c -> c.identity() != null));
    }
}
