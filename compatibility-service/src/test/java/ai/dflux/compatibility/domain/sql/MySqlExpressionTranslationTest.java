package ai.dflux.compatibility.domain.sql;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.Dialect;
import org.junit.jupiter.api.Test;

/** Column defaults, checks and generated columns of MySQL and MariaDB, as information_schema reports them. */
class MySqlExpressionTranslationTest {

    private final SqlTranslator mariadb = SqlTranslators.forDialect(Dialect.MARIADB);
    private final FoldingTargetNames names = new FoldingTargetNames("sakila")
            .type("customer", "active", "smallint")
            .type("customer", "first_name", "varchar(45)")
            .type("film", "length", "smallint")
            .type("film", "rental_duration", "smallint")
            .type("payment", "amount", "numeric(5,2)")
            .type("payment", "payment_date", "timestamp")
            .type("rental", "rental_date", "date");

    private Translation expression(String sql, String table) {
        return mariadb.expression(sql, "sakila", table, names);
    }

    private String translated(String sql, String table) {
        Translation translation = expression(sql, table);
        assertThat(translation.failure()).as("failure of %s", sql).isNull();
        return translation.sql();
    }

    @Test
    void mariaDbJsonCheckBecomesACastThatRejectsMalformedJson() {
        Translation translation = expression("json_valid(`description`)", "film");

        assertThat(translation.sql())
                .isEqualTo("CASE WHEN description IS NULL THEN NULL ELSE description::json IS NOT NULL END");
        assertThat(translation.warnings()).singleElement().asString().contains("raises an error");
    }

    @Test
    void literalDefaultsStayLiterals() {
        assertThat(translated("'G'", "film")).isEqualTo("'G'");
        assertThat(translated("4.99", "film")).isEqualTo("4.99");
        assertThat(translated("NULL", "film")).isEqualTo("NULL");
        assertThat(translated("-1", "film")).isEqualTo("-1");
    }

    @Test
    void mariaDbCurrentTimestampDefaultIsTheStandardKeyword() {
        assertThat(translated("current_timestamp()", "film")).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(translated("CURRENT_TIMESTAMP", "film")).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(translated("current_timestamp(6)", "film")).isEqualTo("CURRENT_TIMESTAMP(6)");
        assertThat(translated("now()", "film")).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(translated("curdate()", "film")).isEqualTo("CURRENT_DATE");
        assertThat(translated("localtimestamp", "film")).isEqualTo("LOCALTIMESTAMP");
    }

    @Test
    void onUpdateIsLeftOutOfTheDefaultWithAWarningAboutATrigger() {
        Translation translation = expression("current_timestamp() ON UPDATE current_timestamp()", "film");
        assertThat(translation.sql()).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(translation.warnings()).singleElement().asString().contains("ON UPDATE").contains("trigger");
    }

    @Test
    void onUpdateWithoutADefaultGivesANullDefault() {
        Translation translation = expression("ON UPDATE current_timestamp()", "film");
        assertThat(translation.sql()).isEqualTo("NULL");
        assertThat(translation.warnings()).singleElement().asString().contains("trigger");
    }

    @Test
    void backslashEscapesAndDoubleQuotedStringsBecomeStandardLiterals() {
        assertThat(translated("'it\\'s'", "film")).isEqualTo("'it''s'");
        assertThat(translated("'a\\\\b'", "film")).isEqualTo("'a\\b'");
        assertThat(translated("\"abc\"", "film")).isEqualTo("'abc'");
        assertThat(translated("_utf8'x'", "film")).isEqualTo("'x'");
    }

    @Test
    void checkConstraintColumnsAreRenamed() {
        assertThat(translated("`Length` > 0 and `rental_duration` between 1 and 10", "film"))
                .isEqualTo("length > 0 AND rental_duration BETWEEN 1 AND 10");
    }

    @Test
    void integerDivisionKeepsItsFractionLikeMySql() {
        assertThat(translated("`length` / `rental_duration`", "film"))
                .isEqualTo("length::numeric / rental_duration");
        assertThat(translated("`amount` / 2", "payment")).isEqualTo("amount / 2");
    }

    @Test
    void generatedColumnWithDateParts() {
        assertThat(translated("year(`payment_date`)", "payment"))
                .isEqualTo("extract(year from payment_date)::integer");
        assertThat(translated("date(`payment_date`)", "payment")).isEqualTo("payment_date::date");
        assertThat(translated("date_format(`payment_date`,'%Y-%m-%d %H:%i at %s')", "payment"))
                .isEqualTo("to_char(payment_date, 'YYYY\"-\"MM\"-\"DD\" \"HH24\":\"MI\" at \"SS')");
    }

    @Test
    void unknownDateFormatSpecifierFailsNamingIt() {
        assertThat(expression("date_format(`payment_date`,'%U')", "payment").failure()).contains("%U");
    }

    @Test
    void concatKeepsMySqlNullSemanticsWithTextCasts() {
        assertThat(translated("concat(`first_name`,' ',`active`)", "customer"))
                .isEqualTo("(first_name || ' ' || active::text)");
        assertThat(translated("concat_ws('-',`first_name`,`active`)", "customer"))
                .isEqualTo("concat_ws('-', first_name, active)");
    }

    @Test
    void ifOverAnIntegerColumnComparesWithZero() {
        assertThat(translated("if(`active`,'yes','no')", "customer"))
                .isEqualTo("CASE WHEN active <> 0 THEN 'yes' ELSE 'no' END");
        assertThat(translated("if(`active` = 1,'yes','no')", "customer"))
                .isEqualTo("CASE WHEN active = 1 THEN 'yes' ELSE 'no' END");
        assertThat(expression("if(`first_name`,'yes','no')", "customer").failure()).contains("IF()");
    }

    @Test
    void nullFunctionsAndCaseFunctions() {
        assertThat(translated("ifnull(`first_name`,'')", "customer")).isEqualTo("coalesce(first_name, '')");
        assertThat(translated("ucase(lcase(`first_name`))", "customer")).isEqualTo("upper(lower(first_name))");
    }

    @Test
    void lengthCountsBytesLocateSwapsItsArguments() {
        assertThat(translated("length(`first_name`)", "customer")).isEqualTo("octet_length(first_name)");
        assertThat(translated("char_length(`first_name`)", "customer")).isEqualTo("char_length(first_name)");
        assertThat(translated("locate('a',`first_name`)", "customer")).isEqualTo("strpos(first_name, 'a')");
        assertThat(translated("instr(`first_name`,'a')", "customer")).isEqualTo("strpos(first_name, 'a')");
        assertThat(translated("substr(`first_name`,2,3)", "customer")).isEqualTo("substr(first_name, 2, 3)");
        assertThat(expression("substr(`first_name`,-2)", "customer").failure()).contains("negative");
        assertThat(expression("locate('a',`first_name`,3)", "customer").failure()).contains("LOCATE");
    }

    @Test
    void dateArithmetic() {
        assertThat(translated("datediff(`payment_date`,'2005-01-01')", "payment"))
                .isEqualTo("(payment_date::date - '2005-01-01'::date)");
        assertThat(translated("date_add(`payment_date`, interval 3 day)", "payment"))
                .isEqualTo("(payment_date + 3 * interval '1 day')");
        assertThat(translated("date_sub(`payment_date`, interval 2 quarter)", "payment"))
                .isEqualTo("(payment_date - 2 * interval '3 months')");
        assertThat(translated("adddate(`rental_date`, 7)", "rental"))
                .isEqualTo("((rental_date + 7 * interval '1 day'))::date");
        assertThat(expression("date_add(`payment_date`, interval '1:2' day_hour)", "payment").failure())
                .contains("DAY_HOUR");
    }

    @Test
    void unixTimestamp() {
        assertThat(translated("unix_timestamp()", "payment"))
                .isEqualTo("floor(extract(epoch from CURRENT_TIMESTAMP))::bigint");
    }

    @Test
    void functionsWithoutCounterpartFail() {
        assertThat(expression("field(`first_name`,'a','b')", "customer").failure()).contains("FIELD");
        assertThat(expression("`first_name` || 'x'", "customer").failure()).contains("||");
        assertThat(expression("@x + 1", "customer").failure()).contains("@x");
    }

    @Test
    void unparsableTextFailsWithTheParserMessage() {
        assertThat(expression("a +* b", "film").failure()).startsWith("cannot parse");
        assertThat(expression("1 2", "film").failure()).isNotNull();
    }
}
