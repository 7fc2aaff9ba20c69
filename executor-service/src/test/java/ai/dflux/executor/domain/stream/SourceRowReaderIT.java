package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.testkit.PostgresServer;
import ai.dflux.testkit.ServerExtension;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stream's read-back of a row from a PostgreSQL source: a parent of classic inheritance answers for its own rows
 * only, as the copy and the stream keep it, and a partitioned table for the rows of its partitions.
 */
class SourceRowReaderIT {

    private static final String SOURCE_DDL = """
            CREATE TABLE payment (id int PRIMARY KEY, memo text);
            CREATE TABLE payment_old (PRIMARY KEY (id)) INHERITS (payment);
            CREATE TABLE reading (id int, at date, memo text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
            CREATE TABLE reading_2024 PARTITION OF reading FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            INSERT INTO payment VALUES (1, 'the parent''s own');
            INSERT INTO payment_old VALUES (2, 'the child''s'), (3, NULL);
            INSERT INTO reading VALUES (7, '2024-05-01', 'in a partition');
            """;

    @RegisterExtension
    static final ServerExtension<PostgresServer> postgres = ServerExtension.postgres();

    private static DataSource source;

    @BeforeAll
    static void fillTheSource() {
        postgres.server().createDatabase("readback_src");
        source = postgres.server().dataSource("readback_src");
        Sql.run(source, SOURCE_DDL);
    }

    @Test
    void aParentAnswersForItsOwnRowsOnlyAndAChildForItsOwn() throws SQLException {
        TablePlan payment = Plans.table("public", "public", "payment", List.of("id"), "id", "memo");
        TablePlan paymentOld = Plans.table("public", "public", "payment_old", List.of("id"), "id", "memo");
        SourceReadCount count = new SourceReadCount();
        try (SourceRowReader reader = new SourceRowReader(source, count)) {
            assertThat(memoOf(reader, payment, "1")).contains(List.of("the parent's own"));
            assertThat(memoOf(reader, payment, "2")).as("a child's row, which the parent's table does not hold")
                    .isEmpty();
            assertThat(memoOf(reader, paymentOld, "2")).contains(List.of("the child's"));
            assertThat(memoOf(reader, paymentOld, "3")).as("a NULL value is read as NULL")
                    .hasValueSatisfying(values -> assertThat(values).containsExactly((String) null));
            assertThat(memoOf(reader, paymentOld, "4")).as("a row no longer on the source").isEmpty();
            assertThat(count.queries()).isEqualTo(5);
        }
    }

    @Test
    void aPartitionedTableAnswersForTheRowsOfItsPartitions() throws SQLException {
        TablePlan reading = Plans.table("public", "public", "reading", List.of("id", "at"), "id", "at", "memo");
        List<ColumnPlan> columns = reading.columns();
        try (SourceRowReader reader = new SourceRowReader(source, new SourceReadCount())) {
            assertThat(reader.read(reading, columns.subList(0, 2), List.of("7", "2024-05-01"), columns.subList(2, 3)))
                    .contains(List.of("in a partition"));
        }
    }

    private static Optional<List<String>> memoOf(SourceRowReader reader, TablePlan table, String id)
            throws SQLException {
        List<ColumnPlan> columns = table.columns();
        return reader.read(table, columns.subList(0, 1), List.of(id), columns.subList(1, 2));
    }
}
