package ai.dflux.executor.domain.copy;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.ValueRule;
import org.junit.jupiter.api.Test;

class MariaDbColumnTest {

    @Test
    void floatsAreReadAsDoublesSoNoDigitIsLost() {
        assertThat(MariaDbColumn.of(column("f", "float", "real", ValueRule.AS_IS)).expression())
                .isEqualTo("CAST(`f` AS DOUBLE)");
    }

    @Test
    void temporalValuesAreReadAsTheServersText() {
        assertThat(MariaDbColumn.of(column("d", "date", "date", ValueRule.ZERO_DATE_TO_MINUS_INFINITY)).expression())
                .isEqualTo("CAST(`d` AS CHAR)");
        assertThat(MariaDbColumn.of(column("t", "time(6)", "interval", ValueRule.AS_IS)).expression())
                .isEqualTo("CAST(`t` AS CHAR)");
        assertThat(MariaDbColumn.of(column("y", "year", "smallint", ValueRule.AS_IS)).expression())
                .isEqualTo("CAST(`y` AS CHAR)");
    }

    @Test
    void otherColumnsAreReadAsTheyAre() {
        assertThat(MariaDbColumn.of(column("odd`name", "varchar(10)", "varchar(10)", ValueRule.AS_IS)).expression())
                .isEqualTo("`odd``name`");
        assertThat(MariaDbColumn.of(column("b", "bit(3)", "bit(3)", ValueRule.BITS_TO_BIT_STRING)).expression())
                .isEqualTo("`b`");
    }

    private static ColumnPlan column(String name, String sourceType, String targetType, ValueRule rule) {
        return new ColumnPlan(name, name, sourceType, targetType, rule, false, null);
    }
}
