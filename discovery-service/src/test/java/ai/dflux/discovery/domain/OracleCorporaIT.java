package ai.dflux.discovery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.RoutineInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.catalog.TriggerInfo;
import ai.dflux.contracts.catalog.TypeInfo;
import ai.dflux.testkit.Corpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Oracle schema scripts of {@code ../shared/corpora} read into catalogs whose object counts are those the corpora's
 * README gives (section 1 Sakila, 2 Chinook, 3 HR and CO).
 */
class OracleCorporaIT {

    private final OracleScriptCatalogReader reader = new OracleScriptCatalogReader();

    private Catalog read(String database, String... files) throws IOException {
        List<OracleScriptCatalogReader.Script> scripts = new ArrayList<>();
        for (String file : files) {
            Path path = Corpora.file(file);
            scripts.add(new OracleScriptCatalogReader.Script(path.getFileName().toString(), Files.readString(path)));
        }
        return reader.read(database, scripts);
    }

    private static List<ColumnInfo> largeObjects(Catalog catalog) {
        return catalog.tables().stream().flatMap(t -> t.columns().stream()).filter(ColumnInfo::largeObject).toList();
    }

    private static long comments(Catalog catalog) {
        return catalog.tables().stream().filter(t -> t.comment() != null).count()
                + catalog.tables().stream().flatMap(t -> t.columns().stream()).filter(c -> c.comment() != null).count()
                + catalog.views().stream().filter(v -> v.comment() != null).count();
    }

    @Test
    void sakilaOracleSchema() throws IOException {
        Catalog catalog = read("sakila", "sakila/oracle/oracle-sakila-schema.sql");

        assertThat(catalog.partial()).as(catalog.problems().toString()).isFalse();
        assertThat(catalog.schemas()).containsExactly("SAKILA");
        assertThat(catalog.tables()).hasSize(16);
        // The README says "6 views (actor_info is commented out)": the script holds six CREATE VIEW statements, one
        // of them (actor_info) inside a /* */ comment, so five views exist after it runs.
        assertThat(catalog.views()).hasSize(5);
        assertThat(catalog.views()).extracting(v -> v.name()).doesNotContain("ACTOR_INFO");
        assertThat(catalog.sequences()).hasSize(13);
        assertThat(catalog.triggers()).hasSize(30);
        assertThat(catalog.triggers()).allSatisfy(t -> {
            assertThat(t.timing()).isEqualTo("BEFORE");
            assertThat(t.level()).isEqualTo("ROW");
        });
        assertThat(catalog.triggers()).filteredOn(t -> t.events().equals(List.of("INSERT"))).hasSize(15);
        assertThat(catalog.triggers()).filteredOn(t -> t.events().equals(List.of("UPDATE"))).hasSize(15);
        assertThat(catalog.counts().get("indexes")).isEqualTo(24);
        assertThat(catalog.counts().get("foreignKeys")).isEqualTo(22);
        assertThat(catalog.counts().get("checkConstraints")).isEqualTo(2);
        assertThat(catalog.counts().get("primaryKeys")).isEqualTo(16);
        assertThat(largeObjects(catalog)).extracting(ColumnInfo::dataType).containsExactlyInAnyOrder("CLOB", "CLOB",
                "BLOB");
        TableInfo payment = catalog.tables().stream().filter(t -> t.name().equals("PAYMENT")).findFirst().orElseThrow();
        assertThat(payment.foreignKeys()).filteredOn(fk -> fk.name().equals("FK_PAYMENT_RENTAL"))
                .singleElement().satisfies(fk -> assertThat(fk.onDelete()).isEqualTo("SET NULL"));
    }

    @Test
    void sakilaOraclePlsql() throws IOException {
        Catalog catalog = read("sakila", "sakila/oracle/oracle-sakila-schema.sql",
                "sakila/oracle/oracle-sakila-schema-pl-sql.sql");

        assertThat(catalog.partial()).as(catalog.problems().toString()).isFalse();
        assertThat(catalog.types()).hasSize(15);
        assertThat(catalog.types()).filteredOn(t -> t.kind().equals("OBJECT")).hasSize(10);
        assertThat(catalog.types()).filteredOn(t -> t.kind().equals("COLLECTION")).extracting(TypeInfo::baseType)
                .containsExactlyInAnyOrder("LANGUAGE_T", "FILM_T", "ACTOR_T", "CATEGORY_T", "CUSTOMER_T");
        assertThat(catalog.routines()).extracting(RoutineInfo::name, RoutineInfo::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("RENTALS", RoutineInfo.Kind.PACKAGE),
                org.assertj.core.groups.Tuple.tuple("RENTALS", RoutineInfo.Kind.PACKAGE_BODY),
                org.assertj.core.groups.Tuple.tuple("CUSTOMERS", RoutineInfo.Kind.PACKAGE),
                org.assertj.core.groups.Tuple.tuple("CUSTOMERS", RoutineInfo.Kind.PACKAGE_BODY));
        RoutineInfo rentals = catalog.routines().stream()
                .filter(r -> r.name().equals("RENTALS") && r.kind() == RoutineInfo.Kind.PACKAGE).findFirst()
                .orElseThrow();
        // RENTALS declares 10 functions (two names are overloaded).
        assertThat(rentals.body().split("\\bFUNCTION\\b", -1)).hasSize(11);
        assertThat(catalog.routines()).allSatisfy(r -> assertThat(r.body()).endsWith(";"));
    }

    @Test
    void chinookOracle() throws IOException {
        long start = System.nanoTime();
        Catalog catalog = read("chinook", "chinook/oracle/Chinook_Oracle.sql");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(catalog.partial()).as(catalog.problems().toString()).isFalse();
        // The script runs CONNECT chinook/chinook@FREEPDB1 before it creates anything.
        assertThat(catalog.schemas()).containsExactly("CHINOOK");
        assertThat(catalog.tables()).extracting(TableInfo::name).containsExactlyInAnyOrder("ALBUM", "ARTIST",
                "CUSTOMER", "EMPLOYEE", "GENRE", "INVOICE", "INVOICELINE", "MEDIATYPE", "PLAYLIST", "PLAYLISTTRACK",
                "TRACK");
        assertThat(catalog.counts().get("foreignKeys")).isEqualTo(11);
        assertThat(catalog.counts().get("primaryKeys")).isEqualTo(11);
        assertThat(catalog.views()).isEmpty();
        assertThat(catalog.routines()).isEmpty();
        assertThat(catalog.triggers()).isEmpty();
        assertThat(catalog.sequences()).isEmpty();
        assertThat(millis).as("the 15,607 rows of INSERTs are passed over, not parsed").isLessThan(5_000);
    }

    @Test
    void hrSampleSchema() throws IOException {
        Catalog catalog = read("hr", "oracle-sample-schemas/human_resources/hr_create.sql",
                "oracle-sample-schemas/human_resources/hr_code.sql");

        assertThat(catalog.partial()).as(catalog.problems().toString()).isFalse();
        assertThat(catalog.schemas()).containsExactly("HR");
        assertThat(catalog.tables()).extracting(TableInfo::name).containsExactly("REGIONS", "COUNTRIES", "LOCATIONS",
                "DEPARTMENTS", "JOBS", "EMPLOYEES", "JOB_HISTORY");
        assertThat(catalog.views()).extracting(v -> v.name()).containsExactly("EMP_DETAILS_VIEW");
        assertThat(catalog.sequences()).hasSize(3);
        assertThat(catalog.counts().get("foreignKeys")).isEqualTo(10);
        assertThat(catalog.counts().get("indexes")).isEqualTo(17);
        assertThat(comments(catalog)).isEqualTo(42);
        assertThat(catalog.routines()).extracting(RoutineInfo::name).containsExactly("SECURE_DML",
                "ADD_JOB_HISTORY");
        assertThat(catalog.routines()).allSatisfy(r -> assertThat(r.kind()).isEqualTo(RoutineInfo.Kind.PROCEDURE));
        assertThat(catalog.triggers()).extracting(TriggerInfo::name, TriggerInfo::level, TriggerInfo::enabled)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SECURE_EMPLOYEES", "STATEMENT", false),
                        org.assertj.core.groups.Tuple.tuple("UPDATE_JOB_HISTORY", "ROW", true));
        TableInfo employees = catalog.tables().stream().filter(t -> t.name().equals("EMPLOYEES")).findFirst()
                .orElseThrow();
        // hr_create.sql creates the unique index emp_emp_id_pk first; the primary key then uses it.
        assertThat(employees.indexes()).filteredOn(i -> i.name().equals("EMP_EMP_ID_PK")).singleElement()
                .satisfies(i -> assertThat(i.primary()).isTrue());
        assertThat(employees.foreignKeys()).filteredOn(fk -> fk.name().equals("EMP_MANAGER_FK")).singleElement()
                .satisfies(fk -> {
                    assertThat(fk.referencedTable()).isEqualTo("EMPLOYEES");
                    assertThat(fk.referencedColumns()).containsExactly("EMPLOYEE_ID");
                });
    }

    @Test
    void hrInstallScriptNamesTheScriptsItRuns() throws IOException {
        Catalog catalog = read("hr", "oracle-sample-schemas/human_resources/hr_install.sql",
                "oracle-sample-schemas/human_resources/hr_create.sql",
                "oracle-sample-schemas/human_resources/hr_code.sql");

        assertThat(catalog.tables()).hasSize(7);
        assertThat(catalog.partial()).isTrue();
        assertThat(catalog.problems()).singleElement()
                .satisfies(problem -> assertThat(problem).contains("hr_populate.sql"));
    }

    @Test
    void customerOrdersSampleSchema() throws IOException {
        Catalog catalog = read("co", "oracle-sample-schemas/customer_orders/co_create.sql");

        assertThat(catalog.partial()).as(catalog.problems().toString()).isFalse();
        assertThat(catalog.tables()).hasSize(7);
        assertThat(catalog.views()).hasSize(4);
        assertThat(catalog.counts().get("indexes")).isEqualTo(7);
        assertThat(catalog.counts().get("foreignKeys")).isEqualTo(9);
        assertThat(catalog.tables().stream().flatMap(t -> t.columns().stream()).filter(c -> c.identity() != null))
                .hasSize(6).allSatisfy(c -> assertThat(c.identity()).isEqualTo("BY DEFAULT"));
        assertThat(largeObjects(catalog)).extracting(ColumnInfo::name).containsExactlyInAnyOrder("LOGO",
                "PRODUCT_DETAILS", "PRODUCT_IMAGE");
    }

    @Test
    void plsqlUnitsEachReadAlone() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        List<Path> units;
        try (Stream<Path> files = Files.list(Corpora.root().resolve("plsql-units/units"))) {
            units = files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
        }
        assertThat(units).hasSize(80);
        for (Path unit : units) {
            Catalog catalog = reader.read(unit.getFileName().toString(), Files.readString(unit));
            assertThat(catalog.partial()).as(unit + ": " + catalog.problems()).isFalse();
            catalog.counts().forEach((kind, n) -> counts.merge(kind, n, Integer::sum));
        }

        // README section 4: 11 procedures, 2 functions, 7 package specs, 5 package bodies, 7 types, 7 triggers
        // (and 41 anonymous blocks, which create nothing).
        assertThat(counts).containsEntry("procedures", 11).containsEntry("functions", 2)
                .containsEntry("packages", 7).containsEntry("packageBodies", 5).containsEntry("types", 7)
                .containsEntry("triggers", 7).containsEntry("tables", 0);
    }
}
