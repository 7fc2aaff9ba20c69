package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SchemaWaitTest {

    @Test
    void anUnconvertedColumnWaits() {
        Throwable error = new RuntimeException("engine stopped", new UnconvertedSourceSchema("column note"));
        assertThat(SchemaWait.reasonIn(error)).hasValue("column note");
    }

    @Test
    void aValueTooLongOrOutOfRangeForTheTargetWaitsForTheWiderType() {
        SQLException tooLong = new SQLException("value too long for type character varying(10)", "22001");
        BatchUpdateException batch = new BatchUpdateException("batch failed", "22001", new int[0]);
        batch.setNextException(tooLong);
        assertThat(SchemaWait.reasonIn(new ChangeApplier.ApplyException("apply failed", batch)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("varying(10)"));
        assertThat(SchemaWait.reasonIn(new SQLException("integer out of range", "22003"))).isPresent();
    }

    @Test
    void anyOtherErrorIsAFailure() {
        assertThat(SchemaWait.reasonIn(new SQLException("relation does not exist", "42P01"))).isEmpty();
        assertThat(SchemaWait.reasonIn(new IllegalStateException("boom"))).isEmpty();
        assertThat(SchemaWait.reasonIn(null)).isEmpty();
    }
}
