package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementBatchTest {

    private static final String ACCOUNTS = "UPDATE accounts SET balance = ? WHERE id = ?";
    private static final String TELLERS = "UPDATE tellers SET balance = ? WHERE id = ?";
    private static final String DELETE_ACCOUNT = "DELETE FROM accounts WHERE id = ?";

    /** Two source transactions, each touching accounts then tellers, then a delete and re-insert of one account. */
    private static StatementBatch twoTransactions(boolean groupByTable) {
        StatementBatch batch = new StatementBatch(groupByTable);
        StatementBatch.TableStatements accounts = batch.forTable("accounts");
        StatementBatch.TableStatements tellers = batch.forTable("tellers");
        accounts.add(ACCOUNTS, List.of("10", "1"));
        tellers.add(TELLERS, List.of("10", "7"));
        accounts.add(ACCOUNTS, List.of("20", "2"));
        tellers.add(TELLERS, List.of("20", "7"));
        accounts.add(DELETE_ACCOUNT, List.of("1"));
        accounts.add(ACCOUNTS, List.of("30", "1"));
        return batch;
    }

    @Test
    void groupedByTableEachTablesStatementsRunTogetherInTheirSourceOrder() {
        List<StatementBatch.Run> runs = twoTransactions(true).runs();

        assertThat(runs).extracting(StatementBatch.Run::sql)
                .containsExactly(ACCOUNTS, DELETE_ACCOUNT, ACCOUNTS, TELLERS);
        assertThat(runs.get(0).parameters()).containsExactly(List.of("10", "1"), List.of("20", "2"));
        assertThat(runs.get(2).parameters()).as("the re-insert stays after the delete of its key")
                .containsExactly(List.of("30", "1"));
        assertThat(runs.get(3).parameters()).containsExactly(List.of("10", "7"), List.of("20", "7"));
    }

    @Test
    void withoutGroupingEveryStatementKeepsTheSourceOrderAcrossTables() {
        List<StatementBatch.Run> runs = twoTransactions(false).runs();

        assertThat(runs).extracting(StatementBatch.Run::sql)
                .containsExactly(ACCOUNTS, TELLERS, ACCOUNTS, TELLERS, DELETE_ACCOUNT, ACCOUNTS);
    }

    @Test
    void aNullValueIsKeptAsANullParameter() {
        StatementBatch batch = new StatementBatch(true);
        batch.forTable("accounts").add(ACCOUNTS, java.util.Arrays.asList(null, "1"));

        assertThat(batch.runs().get(0).parameters().get(0)).containsExactly(null, "1");
    }
}
