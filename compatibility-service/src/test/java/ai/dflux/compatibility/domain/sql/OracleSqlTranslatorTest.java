package ai.dflux.compatibility.domain.sql;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.Dialect;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Oracle's views, defaults and checks; the corpus views are read from the corpora at test time. */
class OracleSqlTranslatorTest {

    private final SqlTranslator oracle = SqlTranslators.forDialect(Dialect.ORACLE);
    private final FoldingTargetNames names = new FoldingTargetNames("HR")
            .type("HR", "EMPLOYEES", "HIRE_DATE", "timestamp(0)")
            .type("HR", "EMPLOYEES", "SALARY", "numeric(8,2)")
            .type("HR", "EMPLOYEES", "EMPLOYEE_ID", "integer")
            .type("HR", "EMPLOYEES", "DEPARTMENT_ID", "integer")
            .type("HR", "EMPLOYEES", "LAST_NAME", "varchar(25)")
            .type("HR", "EMPLOYEES", "ACTIVE", "character(1)");

    private String query(String sql) {
        Translation translation = oracle.query(sql, names);
        assertThat(translation.failure()).as("failure of %s", sql).isNull();
        return translation.sql();
    }

    private String expression(String sql) {
        Translation translation = oracle.expression(sql, "HR", "EMPLOYEES", names);
        assertThat(translation.failure()).as("failure of %s", sql).isNull();
        return translation.sql();
    }

    @Test
    void upperCaseIdentifiersMapThroughTargetNames() {
        assertThat(query("SELECT e.Employee_Id, \"Odd\" FROM employees e"))
                .isEqualTo("SELECT e.employee_id, odd FROM hr.employees e");
        assertThat(query("SELECT x AS \"Mixed Case\" FROM hr.employees"))
                .isEqualTo("SELECT x AS \"Mixed Case\" FROM hr.employees");
    }

    @Test
    void aCharacterColumnComparedWithANumberIsCastAsOracleConvertsIt() {
        Translation translation = oracle.query("SELECT CASE WHEN e.active = 1 THEN 'a' END AS notes,"
                + " e.last_name FROM employees e WHERE 0 < e.active AND e.salary = 1", names);

        assertThat(translation.sql()).isEqualTo("SELECT CASE WHEN CAST(e.active AS numeric) = 1 THEN 'a' END AS notes,"
                + " e.last_name FROM hr.employees e WHERE 0 < CAST(e.active AS numeric) AND e.salary = 1");
        assertThat(translation.warnings()).anySatisfy(w -> assertThat(w).contains("cast to numeric"));
        assertThat(query("SELECT DECODE(e.active, 1, 'active', NULL) AS notes FROM employees e"))
                .isEqualTo("SELECT CASE WHEN CAST(e.active AS numeric) = 1 THEN 'active' ELSE NULL END AS notes"
                        + " FROM hr.employees e");
    }

    @Test
    void viewOptionsAreCutOffTheQueryWithAWarning() {
        Translation readOnly = oracle.query("SELECT e.last_name FROM employees e\nWITH READ ONLY", names);
        Translation checked = oracle.query("SELECT e.last_name FROM employees e WHERE e.salary > 0"
                + " WITH CHECK OPTION CONSTRAINT positive_salary;", names);

        assertThat(readOnly.sql()).isEqualTo("SELECT e.last_name FROM hr.employees e");
        assertThat(readOnly.warnings()).anySatisfy(w -> assertThat(w).contains("WITH READ ONLY is not carried over"));
        assertThat(checked.sql()).isEqualTo("SELECT e.last_name FROM hr.employees e WHERE e.salary > 0");
        assertThat(checked.warnings()).anySatisfy(w -> assertThat(w)
                .contains("WITH CHECK OPTION CONSTRAINT positive_salary"));
    }

    @Test
    void nvlNvl2AndDecode() {
        assertThat(expression("NVL(salary, 0)")).isEqualTo("coalesce(salary, 0)");
        assertThat(expression("NVL2(salary, 1, 0)")).isEqualTo("CASE WHEN salary IS NOT NULL THEN 1 ELSE 0 END");
        assertThat(expression("DECODE(department_id, 10, 'a', 20, 'b', 'c')"))
                .isEqualTo("CASE WHEN department_id = 10 THEN 'a' WHEN department_id = 20 THEN 'b' ELSE 'c' END");
        assertThat(expression("DECODE(department_id, NULL, 'none', employee_id, 'same')"))
                .isEqualTo("CASE WHEN department_id IS NULL THEN 'none' "
                        + "WHEN department_id IS NOT DISTINCT FROM employee_id THEN 'same' END");
    }

    @Test
    void emptyStringIsNullAndConcatenationSkipsNulls() {
        assertThat(expression("''")).isEqualTo("NULL");
        assertThat(expression("last_name || ', ' || salary"))
                .isEqualTo("nullif(concat(last_name, ', ', salary), '')");
    }

    @Test
    void clockKeywords() {
        assertThat(expression("SYSDATE")).isEqualTo("LOCALTIMESTAMP(0)");
        assertThat(expression("SYSTIMESTAMP")).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(expression("USER")).isEqualTo("current_user");
    }

    @Test
    void dateFunctions() {
        assertThat(expression("TRUNC(hire_date)")).isEqualTo("date_trunc('day', hire_date)");
        assertThat(expression("TRUNC(hire_date, 'MM')")).isEqualTo("date_trunc('month', hire_date)");
        assertThat(expression("TRUNC(salary, 1)")).isEqualTo("trunc(salary, 1)");
        assertThat(expression("TRUNC(SYSDATE)")).isEqualTo("date_trunc('day', LOCALTIMESTAMP(0))");
        assertThat(expression("ADD_MONTHS(hire_date, 6)")).isEqualTo("(hire_date + 6 * interval '1 month')");
        assertThat(expression("TO_CHAR(hire_date, 'YYYY-MM-DD')")).isEqualTo("to_char(hire_date, 'YYYY-MM-DD')");
        assertThat(expression("TO_DATE('2020-01-02', 'YYYY-MM-DD')")).isEqualTo("to_date('2020-01-02', 'YYYY-MM-DD')");
        assertThat(expression("TO_DATE('2020-01-02 10:00', 'YYYY-MM-DD HH24:MI')"))
                .isEqualTo("to_timestamp('2020-01-02 10:00', 'YYYY-MM-DD HH24:MI')::timestamp(0)");
        assertThat(expression("TO_NUMBER('42')")).isEqualTo("'42'::numeric");
        assertThat(oracle.expression("MONTHS_BETWEEN(SYSDATE, hire_date)", "HR", "EMPLOYEES", names).failure())
                .contains("MONTHS_BETWEEN");
        assertThat(oracle.expression("TRUNC(x)", "HR", "EMPLOYEES", names).failure()).contains("unknown");
    }

    @Test
    void sequencesAndGuids() {
        assertThat(expression("employees_seq.NEXTVAL")).isEqualTo("nextval('hr.employees_seq')");
        Translation guid = oracle.expression("SYS_GUID()", "HR", "EMPLOYEES", names);
        assertThat(guid.sql()).isEqualTo("decode(replace(gen_random_uuid()::text, '-', ''), 'hex')");
        assertThat(guid.warnings()).singleElement().asString().contains("bytea");
    }

    @Test
    void minusIsExceptAndDualDisappears() {
        assertThat(query("SELECT employee_id FROM employees MINUS SELECT employee_id FROM job_history"))
                .isEqualTo("SELECT employee_id FROM hr.employees EXCEPT SELECT employee_id FROM hr.job_history");
        assertThat(query("SELECT SYSDATE FROM dual")).isEqualTo("SELECT LOCALTIMESTAMP(0)");
    }

    @Test
    void constructsLeftToAPersonFailNamingThem() {
        assertThat(oracle.query("SELECT e.x FROM employees e, departments d WHERE e.d = d.d(+)", names).failure())
                .contains("(+)");
        assertThat(oracle.query("SELECT employee_id FROM employees START WITH manager_id IS NULL "
                + "CONNECT BY PRIOR employee_id = manager_id", names).failure()).contains("CONNECT BY");
        assertThat(oracle.query("SELECT employee_id FROM employees WHERE ROWNUM <= 5", names).failure())
                .contains("ROWNUM");
    }

    @Test
    void hrEmpDetailsViewTranslates() {
        Map<String, String> views = OracleCorpusViews.of("oracle-sample-schemas/human_resources/hr_create.sql");
        assertThat(views).containsKey("emp_details_view");
        assertThat(query(views.get("emp_details_view")))
                .startsWith("SELECT e.employee_id, e.job_id, e.manager_id, e.department_id, d.location_id")
                .contains("FROM hr.employees e, hr.departments d, hr.jobs j, hr.locations l, hr.countries c, "
                        + "hr.regions r WHERE e.department_id = d.department_id")
                .doesNotContain("READ ONLY");
    }

    @Test
    void sakilaOracleViewsTranslate() {
        Map<String, String> views = OracleCorpusViews.of("sakila/oracle/oracle-sakila-schema.sql");
        assertThat(views).containsOnlyKeys("customer_list", "film_list", "staff_list", "sales_by_store",
                "sales_by_film_category");
        FoldingTargetNames sakila = new FoldingTargetNames("SAKILA");
        views.forEach((name, sql) -> assertThat(oracle.query(sql, sakila).failure()).as(name).isNull());
        assertThat(oracle.query(views.get("customer_list"), sakila).sql())
                .contains("nullif(concat(cu.first_name, ' ', cu.last_name), '') AS name")
                .contains("CASE WHEN cu.active = 1 THEN 'active' ELSE NULL END AS notes")
                .contains("FROM sakila.customer cu JOIN sakila.address a ON cu.address_id = a.address_id");
    }
}
