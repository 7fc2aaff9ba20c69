package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.conversion.ColumnPlan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZeroDateRecheckTest {

    @Test
    void readsTheNotedRowsByKeyInOneStatementNumberingEachRow() {
        TargetTable table = new TargetTable(Plans.table("shop", "public", "orders", List.of("id", "line"), "id",
                "line", "shipped:date:ZERO_DATE_TO_MINUS_INFINITY", "pa`id:timestamp:ZERO_DATE_TO_MINUS_INFINITY"),
                Map.of());
        List<ColumnPlan> columns = List.copyOf(table.writtenColumns().values())
                .subList(2, 4);

        assertThat(ZeroDateRecheck.query(table, columns, 2)).isEqualTo(
                "SELECT 0, CAST(`shipped` AS CHAR), CAST(`pa``id` AS CHAR) FROM `shop`.`orders`"
                        + " WHERE `id` = ? AND `line` = ?"
                        + " UNION ALL SELECT 1, CAST(`shipped` AS CHAR), CAST(`pa``id` AS CHAR) FROM `shop`.`orders`"
                        + " WHERE `id` = ? AND `line` = ?");
    }

    @Test
    void correctsOnlyWhereTheTargetIsStillNull() {
        TargetTable table = new TargetTable(Plans.table("shop", "public", "orders", List.of("id"), "id",
                "shipped:date:ZERO_DATE_TO_MINUS_INFINITY"), Map.of());

        assertThat(table.minusInfinityWhereNull(table.writtenColumns().get("shipped")))
                .isEqualTo("UPDATE public.orders SET shipped = '-infinity' WHERE shipped IS NULL AND id = ?");
    }

    @Test
    void onlyDateAndDatetimeNullsMayBeZeroDates() {
        assertThat(ZeroDateConverter.nullsMayBeZeroDates("DATE")).isTrue();
        assertThat(ZeroDateConverter.nullsMayBeZeroDates("datetime")).isTrue();
        assertThat(ZeroDateConverter.nullsMayBeZeroDates("TIMESTAMP")).as("its zero arrives as the epoch").isFalse();
        assertThat(ZeroDateConverter.nullsMayBeZeroDates(null)).isFalse();
    }
}
