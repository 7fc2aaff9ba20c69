package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.testkit.PostgresServer;
import ai.dflux.testkit.ServerExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A batch with merged row writes, run on PostgreSQL: the target ends as if every write ran, and every one counts. */
class StatementBatchIT {

    private static final String UPSERT = "INSERT INTO branches (id, balance, filler) VALUES (?, ?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET balance = EXCLUDED.balance, filler = EXCLUDED.filler";
    private static final BitSet ALL = BitSet.valueOf(new long[] {0b111});

    @RegisterExtension
    static final ServerExtension<PostgresServer> postgres = ServerExtension.postgres();

    @Test
    void mergedWritesLeaveTheLastValuesAndCountAsAppliedRows() throws SQLException {
        postgres.server().createDatabase("statement_batch");
        DataSource target = postgres.server().dataSource("statement_batch");
        StatementBatch batch = new StatementBatch(true);
        StatementBatch.TableStatements branches = batch.forTable("branches", true);
        branches.upsert(UPSERT, List.of("1", "10", "x"), List.of("1"), ALL);
        branches.upsert(UPSERT, List.of("2", "10", "x"), List.of("2"), ALL);
        branches.upsert(UPSERT, List.of("1", "20", "x"), List.of("1"), ALL);
        branches.upsert(UPSERT, List.of("1", "40", "y"), List.of("1"), ALL);

        long rows;
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE branches (id integer PRIMARY KEY, balance integer, filler text)");
            rows = batch.execute(connection);
        }

        assertThat(batch.merged()).isEqualTo(2);
        assertThat(rows).as("each of the four writes counts, the two merged ones too").isEqualTo(4);
        assertThat(rows(target)).containsExactly("1:40:y", "2:10:x");
    }

    @Test
    void anUpdateThatFindsNoRowRunsWhatStandsInItsPlaceAndOnlyThen() throws SQLException {
        postgres.server().createDatabase("statement_batch_missing");
        DataSource target = postgres.server().dataSource("statement_batch_missing");
        String update = "UPDATE branches SET balance = ? WHERE id = ?";
        List<String> asked = new ArrayList<>();
        StatementBatch batch = new StatementBatch(true);
        StatementBatch.TableStatements branches = batch.forTable("branches", true);
        branches.update(update, List.of("11", "1"), List.of("1"), BALANCE, insteadOf("1", asked));
        branches.update(update, List.of("12", "2"), List.of("2"), BALANCE, insteadOf("2", asked));
        branches.update(update, List.of("13", "3"), List.of("3"), BALANCE, () -> {
            asked.add("3");
            return Optional.empty();
        });

        long rows;
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE branches (id integer PRIMARY KEY, balance integer, filler text NOT NULL)");
            statement.execute("INSERT INTO branches VALUES (1, 0, 'kept')");
            rows = batch.execute(connection);
        }

        assertThat(asked).as("asked only for the rows the target lacks").containsExactly("2", "3");
        assertThat(rows).as("the update, and the whole row written in place of one").isEqualTo(2);
        assertThat(rows(target)).containsExactly("1:11:kept", "2:12:from the source");
    }

    private static final BitSet BALANCE = BitSet.valueOf(new long[] {0b011});

    private static StatementBatch.WhenNoRow insteadOf(String id, List<String> asked) {
        return () -> {
            asked.add(id);
            return Optional.of(new StatementBatch.Statement(UPSERT, List.of(id, "12", "from the source")));
        };
    }

    private static List<String> rows(DataSource target) throws SQLException {
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT id || ':' || balance || ':' || filler FROM branches"
                        + " ORDER BY id")) {
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(result.getString(1));
            }
            return rows;
        }
    }
}
