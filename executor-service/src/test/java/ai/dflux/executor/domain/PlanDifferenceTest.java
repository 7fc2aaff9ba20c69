package ai.dflux.executor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.contracts.conversion.ValueRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanDifferenceTest {

    @Test
    void namesTheTablesAndColumnsARevisionAddsAndTheTypesItWidens() {
        List<TablePlan> applied = List.of(table("orders", column("id", "integer"), column("code", "varchar(10)")));
        List<TablePlan> next = List.of(
                table("orders", column("id", "integer"), column("code", "varchar(40)"), column("note", "text")),
                table("notes", column("id", "integer")));

        PlanDifference difference = PlanDifference.between(applied, next);

        assertThat(difference.addedTableNames()).containsExactly("shop.notes");
        assertThat(difference.addedColumns()).containsExactly("shop.orders.note");
        assertThat(difference.widenedColumns()).containsExactly("shop.orders.code");
    }

    @Test
    void theSamePlansDifferInNothing() {
        List<TablePlan> plans = List.of(table("orders", column("id", "integer")));
        PlanDifference difference = PlanDifference.between(plans, plans);
        assertThat(difference.addedTables()).isEmpty();
        assertThat(difference.addedColumns()).isEmpty();
        assertThat(difference.widenedColumns()).isEmpty();
    }

    private static TablePlan table(String name, ColumnPlan... columns) {
        return new TablePlan("shop", name, "shop", name, List.of(columns), List.of("id"));
    }

    private static ColumnPlan column(String name, String type) {
        return new ColumnPlan(name, name, type, type, ValueRule.AS_IS, false, null);
    }
}
