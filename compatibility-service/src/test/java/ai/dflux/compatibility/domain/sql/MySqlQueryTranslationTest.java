package ai.dflux.compatibility.domain.sql;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.Dialect;
import org.junit.jupiter.api.Test;

/** View queries as MariaDB and MySQL report them: backticks, schema-qualified names, GROUP_CONCAT, loose GROUP BY. */
class MySqlQueryTranslationTest {

    private final SqlTranslator mysql = SqlTranslators.forDialect(Dialect.MYSQL);
    private final FoldingTargetNames names = new FoldingTargetNames("shop").renameSchema("shop", "Shop Target")
            .type("orders", "qty", "integer")
            .type("orders", "boxes", "integer")
            .type("orders", "note", "text")
            .type("Customer", "Name", "varchar(40)");

    private String query(String sql) {
        Translation translation = mysql.query(sql, names);
        assertThat(translation.failure()).as("failure of %s", sql).isNull();
        return translation.sql();
    }

    @Test
    void identifiersOfEveryKindAreRenamed() {
        assertThat(query("select `c`.`Name` AS `Customer Name`,`shop`.`orders`.`qty` AS `Qty` from "
                + "(`shop`.`Customer` `c` join `shop`.`orders` on(`c`.`id` = `shop`.`orders`.`customer_id`))"))
                .isEqualTo("SELECT c.name AS \"customer name\", \"shop target\".orders.qty AS qty FROM "
                        + "(\"shop target\".customer c JOIN \"shop target\".orders ON (c.id = "
                        + "\"shop target\".orders.customer_id))");
    }

    @Test
    void unqualifiedTablesBelongToTheDefaultSchema() {
        assertThat(query("select qty from orders where qty > 1"))
                .isEqualTo("SELECT qty FROM \"shop target\".orders WHERE qty > 1");
    }

    @Test
    void groupConcatBecomesStringAgg() {
        Translation translation = mysql.query("select group_concat(distinct `note` order by `note` ASC "
                + "separator '; ') AS `notes`, group_concat(`qty`) AS `q` from `orders`", names);
        assertThat(translation.sql()).isEqualTo("SELECT string_agg(DISTINCT note, '; ' ORDER BY note NULLS FIRST)"
                + " AS notes, string_agg(qty::text, ',') AS q FROM \"shop target\".orders");
        assertThat(translation.warnings()).anyMatch(w -> w.contains("group_concat_max_len"));
    }

    @Test
    void ungroupedColumnsTakeTheValueOfOneRow() {
        Translation translation = mysql.query("select `customer_id`, `note`, sum(`qty`) AS `total` from `orders` "
                + "group by `customer_id` order by `note`", names);
        assertThat(translation.sql()).isEqualTo("SELECT customer_id, min(note), sum(qty) AS total FROM "
                + "\"shop target\".orders GROUP BY customer_id ORDER BY min(note) NULLS FIRST");
        assertThat(translation.warnings()).anyMatch(w -> w.contains("any row of the group"));
    }

    @Test
    void divisionOfIntegersAndTextComparisonsWarnOrCast() {
        Translation translation = mysql.query("select `qty` / `boxes` AS `per_box` from `orders` "
                + "where `note` = 'x'", names);
        assertThat(translation.sql()).startsWith("SELECT qty::numeric / boxes AS per_box");
        assertThat(translation.warnings()).anyMatch(w -> w.contains("case-insensitive"));
    }

    @Test
    void derivedTablesKeepTheirAliases() {
        assertThat(query("select `t`.`Total` from (select sum(`qty`) AS `Total` from `orders`) `t`"))
                .isEqualTo("SELECT t.total FROM (SELECT sum(qty) AS total FROM \"shop target\".orders) t");
    }
}
