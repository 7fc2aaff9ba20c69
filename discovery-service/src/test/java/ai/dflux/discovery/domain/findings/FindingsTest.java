package ai.dflux.discovery.domain.findings;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.PartitioningInfo;
import ai.dflux.contracts.catalog.RoutineInfo;
import ai.dflux.contracts.catalog.SynonymInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.catalog.TriggerInfo;
import ai.dflux.contracts.catalog.TypeInfo;
import ai.dflux.contracts.catalog.ViewInfo;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private static ColumnInfo column(int position, String name, String type) {
        return new ColumnInfo(position, name, type, true, null);
    }

    private static ColumnInfo column(String name, String type, boolean nullable, String defaultValue,
            String collation, boolean largeObject) {
        return new ColumnInfo(1, name, type, nullable, defaultValue, null, null, collation, null, largeObject);
    }

    private static TableInfo table(String schema, String name, List<ColumnInfo> columns, List<String> key,
            List<IndexInfo> indexes, PartitioningInfo partitioning) {
        return new TableInfo(schema, name, columns, key, List.of(), List.of(), List.of(), indexes, partitioning, null,
                10, 1000);
    }

    private static Catalog catalog(String dialect, List<TableInfo> tables, List<ViewInfo> views,
            List<RoutineInfo> routines, List<TriggerInfo> triggers, List<TypeInfo> types, List<SynonymInfo> synonyms,
            List<String> extensions) {
        return new Catalog(dialect, "db", "x", Instant.EPOCH, List.of("s"), tables, views, List.of(), routines,
                triggers, types, synonyms, extensions, false, List.of());
    }

    static Catalog mariadb() {
        var customer = table("shop", "customer", List.of(
                column(1, "id", "int(10) unsigned"),
                column("email", "varchar(120)", false, null, "utf8mb4_general_ci", false),
                column("Email", "varchar(5)", true, null, null, false),
                column("born", "date", true, "'0000-00-00'", null, false),
                column("kind", "enum('person','company')", false, null, null, false),
                column("tags", "set('a','b')", true, null, null, false),
                column("updated_at", "timestamp", false, "current_timestamp() ON UPDATE CURRENT_TIMESTAMP", null,
                        false),
                column("since", "year(4)", true, null, null, false),
                column("active", "tinyint(1)", true, null, null, false),
                column("flags", "bit(8)", true, null, null, false),
                column("location", "point", true, null, null, true),
                column("code", "int(5) unsigned zerofill", true, null, null, false),
                column("score", "float(7,2)", true, null, null, false),
                column("order", "int", true, null, null, false),
                column("x".repeat(64), "int", true, null, null, false)), List.of("id"), List.of(
                new IndexInfo("PRIMARY", List.of("id"), true, true, "BTREE", null, false),
                new IndexInfo("email", List.of("email"), true, false, "BTREE", null, false),
                new IndexInfo("ft", List.of("email"), false, false, "FULLTEXT", null, false),
                new IndexInfo("sp", List.of("location"), false, false, "SPATIAL", null, false),
                new IndexInfo("pre", List.of("email(10)"), false, false, "BTREE", null, false),
                new IndexInfo("i".repeat(70), List.of("born"), false, false, "BTREE", null, false)), null);
        var log = table("shop", "user", List.of(column(1, "line", "text")), List.of(), List.of(),
                new PartitioningInfo("RANGE", "line", List.of("p0", "p1")));
        var logAgain = table("shop", "User", List.of(column(1, "line", "text")), List.of("line"), List.of(), null);
        return catalog("mariadb", List.of(customer, log, logAgain),
                List.of(new ViewInfo("shop", "names", "select group_concat(`email`) from customer", false, null)),
                List.of(new RoutineInfo("shop", "paged", RoutineInfo.Kind.PROCEDURE, "()", null, "SQL",
                        "BEGIN SELECT SQL_CALC_FOUND_ROWS * FROM customer; SELECT FOUND_ROWS(); "
                                + "PREPARE s FROM @q; END")),
                List.of(), List.of(), List.of(), List.of());
    }

    static Catalog oracle() {
        var employees = table("HR", "EMPLOYEES", List.of(
                column(1, "EMPLOYEE_ID", "number"),
                column("LAST_NAME", "varchar2(25)", false, null, null, false),
                column("HIRED", "date", false, null, null, false),
                column("NOTES", "long", true, null, null, true)), List.of("EMPLOYEE_ID"), List.of(), null);
        return catalog("oracle", List.of(employees),
                List.of(new ViewInfo("HR", "TREE", "select level from employees connect by prior id = manager_id"
                        + " and rownum < 10", false, null),
                        new ViewInfo("HR", "TOTALS", "select 1 from dual", true, null)),
                List.of(new RoutineInfo("HR", "LOG_IT", RoutineInfo.Kind.PROCEDURE, "(m varchar2)", null, "PLSQL",
                                "PROCEDURE log_it IS PRAGMA AUTONOMOUS_TRANSACTION; BEGIN EXECUTE IMMEDIATE 'x'; END;"),
                        new RoutineInfo("HR", "STATE", RoutineInfo.Kind.PACKAGE, null, null, "PLSQL",
                                "PACKAGE state AS counter NUMBER := 0; PROCEDURE bump; END state;"),
                        new RoutineInfo("HR", "PURE", RoutineInfo.Kind.PACKAGE, null, null, "PLSQL",
                                "PACKAGE pure AS FUNCTION f RETURN NUMBER; max_rows CONSTANT NUMBER := 5; END pure;")),
                List.of(new TriggerInfo("HR", "EMPLOYEES", "EMP_BI", "BEFORE", List.of("INSERT"), "ROW",
                        "BEGIN :NEW.employee_id := emp_seq.NEXTVAL; END;", true)),
                List.of(new TypeInfo("HR", "ADDRESS_T", "OBJECT", List.of(), null, null)),
                List.of(new SynonymInfo("PUBLIC", "EMP", "HR", "EMPLOYEES", true)), List.of());
    }

    static Catalog postgres() {
        var events = table("public", "events", List.of(column(1, "payload", "jsonb")), List.of(), List.of(), null);
        return new Catalog("postgresql", "db", "x", Instant.EPOCH, List.of("public"), List.of(events), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of("postgis", "pgcrypto"), true,
                List.of("views: permission denied for pg_views"));
    }

    @Test
    void everyRuleFindsItsHazardInTheFixtures() {
        Set<String> fired = new java.util.HashSet<>();
        for (Catalog catalog : List.of(mariadb(), oracle(), postgres())) {
            Findings.of(catalog).forEach(f -> fired.add(f.ruleId()));
        }

        assertThat(Findings.rules()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(fired).containsExactlyInAnyOrderElementsOf(Findings.rules().stream().map(FindingRule::id).toList());
    }

    @Test
    void ruleIdsAreUniqueAndEveryFindingExplainsItself() {
        assertThat(Findings.rules().stream().map(FindingRule::id).distinct()).hasSize(Findings.rules().size());
        List<Finding> all = new ArrayList<>();
        List.of(mariadb(), oracle(), postgres()).forEach(c -> all.addAll(Findings.of(c)));
        assertThat(all).allSatisfy(f -> {
            assertThat(f.message()).isNotBlank();
            assertThat(f.remedy()).isNotBlank();
            assertThat(f.object()).isNotBlank();
        });
    }

    @Test
    void namesTheObjectsPreciselyAndPutsBlockersFirst() {
        List<Finding> found = Findings.of(mariadb());

        assertThat(found.get(0).severity()).isEqualTo(Severity.BLOCKER);
        assertThat(byRule(found, "MYSQL_ZERO_DATE")).containsExactly("shop.customer.born");
        assertThat(byRule(found, "TABLE_WITHOUT_PRIMARY_KEY")).containsExactly("shop.user");
        assertThat(byRule(found, "NAMES_COLLIDE_AFTER_CASE_FOLDING")).contains("shop.customer", "shop.user",
                "shop.User");
        assertThat(byRule(found, "CASE_INSENSITIVE_UNIQUE")).containsExactly("shop.customer.email");
        assertThat(byRule(found, "MYSQL_UNSIGNED_INTEGER")).containsExactlyInAnyOrder("shop.customer.id",
                "shop.customer.code");
        assertThat(byRule(found, "NAME_TOO_LONG")).containsExactly("shop." + "i".repeat(70));
        assertThat(byRule(found, "RESERVED_WORD_COLUMN")).containsExactly("shop.customer.order");
    }

    @Test
    void aPostgresTableThatLogsWholeRowsNeedsNoPrimaryKey() {
        var logged = new TableInfo("public", "audit", List.of(column(1, "line", "bigint")), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, null, 1, 1, "FULL");
        var silent = new TableInfo("public", "silent", List.of(column(1, "line", "bigint")), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, null, 1, 1, "DEFAULT");

        assertThat(byRule(Findings.of(catalog("postgresql", List.of(logged, silent), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of())), "TABLE_WITHOUT_PRIMARY_KEY")).containsExactly("public.silent");
    }

    @Test
    void leavesCleanSchemasAlone() {
        var clean = table("public", "item", List.of(column(1, "id", "bigint")), List.of("id"), List.of(), null);
        assertThat(Findings.of(catalog("postgresql", List.of(clean), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of("pgcrypto")))).isEmpty();
    }

    @Test
    void tellsAPackageWithStateFromOneWithConstantsOnly() {
        assertThat(byRule(Findings.of(oracle()), "ORACLE_PACKAGE_STATE")).containsExactly("HR.STATE");
        assertThat(OraclePackageStateRule.declaresState("CREATE OR REPLACE PACKAGE plch_pkg\nIS\n"
                + "   g_save_value NUMBER;\n   PROCEDURE show_value;\nEND plch_pkg;")).isTrue();
        assertThat(OraclePackageStateRule.declaresState("CREATE PACKAGE asset_api AUTHID DEFINER AS\n"
                + "   FUNCTION value_of(p_id NUMBER) RETURN NUMBER;\nEND asset_api;")).isFalse();
    }

    @Test
    void ignoresKeywordsInsideStringsAndComments() {
        var view = new ViewInfo("shop", "v", "select 'GROUP_CONCAT' /* FOUND_ROWS */ -- PREPARE\n from t", false,
                null);
        assertThat(Findings.of(catalog("mariadb", List.of(), List.of(view), List.of(), List.of(), List.of(),
                List.of(), List.of()))).isEmpty();
    }

    private static List<String> byRule(List<Finding> found, String rule) {
        return found.stream().filter(f -> f.ruleId().equals(rule)).map(Finding::object)
                .collect(Collectors.toList());
    }
}
