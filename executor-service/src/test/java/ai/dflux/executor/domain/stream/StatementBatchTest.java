package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementBatchTest {

    private static final String ACCOUNTS = "UPDATE accounts SET balance = ? WHERE id = ?";
    private static final String TELLERS = "UPDATE tellers SET balance = ? WHERE id = ?";
    private static final String DELETE_ACCOUNT = "DELETE FROM accounts WHERE id = ?";

    /** Two source transactions, each touching accounts then tellers, then a delete and re-insert of one account. */
    private static StatementBatch twoTransactions(boolean groupByTable) {
        StatementBatch batch = new StatementBatch(groupByTable);
        StatementBatch.TableStatements accounts = batch.forTable("accounts", false);
        StatementBatch.TableStatements tellers = batch.forTable("tellers", false);
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
        batch.forTable("accounts", false).add(ACCOUNTS, Arrays.asList(null, "1"));

        assertThat(batch.runs().get(0).parameters().get(0)).containsExactly(null, "1");
    }

    private static final String UPSERT_ALL = "INSERT INTO branches (id, balance, filler) VALUES (?, ?, ?) ON CONFLICT ...";
    private static final String UPSERT_NO_FILLER = "INSERT INTO branches (id, balance) VALUES (?, ?) ON CONFLICT ...";
    private static final String DELETE_BRANCH = "DELETE FROM branches WHERE id = ?";
    private static final BitSet ALL = BitSet.valueOf(new long[] {0b111});
    private static final BitSet NO_FILLER = BitSet.valueOf(new long[] {0b011});

    @Test
    void aRowsUpsertReplacesItsEarlierUpsertsThatSetNoOtherColumn() {
        StatementBatch batch = new StatementBatch(true);
        StatementBatch.TableStatements branches = batch.forTable("branches", true);
        branches.upsert(UPSERT_ALL, List.of("1", "10", "x"), List.of("1"), ALL);
        branches.upsert(UPSERT_ALL, List.of("2", "10", "x"), List.of("2"), ALL);
        branches.upsert(UPSERT_ALL, List.of("1", "20", "x"), List.of("1"), ALL);
        branches.upsert(UPSERT_NO_FILLER, List.of("1", "30"), List.of("1"), NO_FILLER);
        branches.upsert(UPSERT_ALL, List.of("1", "40", "y"), List.of("1"), ALL);

        List<StatementBatch.Run> runs = batch.runs();

        assertThat(batch.merged()).isEqualTo(3);
        assertThat(runs).extracting(StatementBatch.Run::sql).containsExactly(UPSERT_ALL);
        assertThat(runs.get(0).parameters()).as("row 2 keeps its place; row 1 is written once, last")
                .containsExactly(List.of("2", "10", "x"), List.of("1", "40", "y"));
    }

    @Test
    void anUpsertThatLeavesAColumnUntouchedDoesNotReplaceOneThatSetIt() {
        StatementBatch batch = new StatementBatch(true);
        StatementBatch.TableStatements branches = batch.forTable("branches", true);
        branches.upsert(UPSERT_ALL, List.of("1", "10", "toasted"), List.of("1"), ALL);
        branches.upsert(UPSERT_NO_FILLER, List.of("1", "20"), List.of("1"), NO_FILLER);

        assertThat(batch.merged()).isZero();
        assertThat(batch.runs()).extracting(StatementBatch.Run::sql).containsExactly(UPSERT_ALL, UPSERT_NO_FILLER);
    }

    @Test
    void anUpdateOfSomeColumnsMergesAsAnUpsertDoesAndKeepsWhatRunsInItsPlace() {
        String update = "UPDATE branches SET balance = ? WHERE id = ?";
        StatementBatch.WhenNoRow readTheRow = java.util.Optional::empty;
        StatementBatch batch = new StatementBatch(true);
        StatementBatch.TableStatements branches = batch.forTable("branches", true);
        branches.upsert(UPSERT_ALL, List.of("1", "10", "toasted"), List.of("1"), ALL);
        branches.update(update, List.of("20", "1"), List.of("1"), NO_FILLER, readTheRow);
        branches.update(update, List.of("30", "1"), List.of("1"), NO_FILLER, readTheRow);
        branches.update(update, List.of("40", "2"), List.of("2"), NO_FILLER, readTheRow);
        branches.upsert(UPSERT_ALL, List.of("2", "50", "y"), List.of("2"), ALL);

        List<StatementBatch.Run> runs = batch.runs();

        assertThat(batch.merged()).as("row 1's first update, and row 2's update before its whole write").isEqualTo(2);
        assertThat(runs).extracting(StatementBatch.Run::sql).containsExactly(UPSERT_ALL, update, UPSERT_ALL);
        assertThat(runs.get(1).parameters()).as("an update does not replace the write that set the column it leaves")
                .containsExactly(List.of("30", "1"));
        assertThat(runs.get(1).whenNoRow()).containsExactly(readTheRow);
        assertThat(runs.get(0).whenNoRow()).containsOnlyNulls();
    }

    @Test
    void anotherStatementOnTheTableEndsWhatMayMerge() {
        StatementBatch batch = new StatementBatch(true);
        StatementBatch.TableStatements branches = batch.forTable("branches", true);
        branches.upsert(UPSERT_ALL, List.of("1", "10", "x"), List.of("1"), ALL);
        branches.add(DELETE_BRANCH, List.of("1"));
        branches.upsert(UPSERT_ALL, List.of("1", "20", "x"), List.of("1"), ALL);

        assertThat(batch.merged()).isZero();
        assertThat(batch.runs()).extracting(StatementBatch.Run::sql)
                .containsExactly(UPSERT_ALL, DELETE_BRANCH, UPSERT_ALL);
    }

    @Test
    void rowWritesMergeOnlyWhereTheTableAllowsItAndStatementsRunTableByTable() {
        StatementBatch inSourceOrder = new StatementBatch(false);
        StatementBatch otherUniqueRules = new StatementBatch(true);
        for (StatementBatch.TableStatements branches : List.of(inSourceOrder.forTable("branches", true),
                otherUniqueRules.forTable("branches", false))) {
            branches.upsert(UPSERT_ALL, List.of("1", "10", "x"), List.of("1"), ALL);
            branches.upsert(UPSERT_ALL, List.of("1", "20", "x"), List.of("1"), ALL);
        }

        assertThat(inSourceOrder.merged()).as("foreign keys are checked: a parent row must come before its children")
                .isZero();
        assertThat(otherUniqueRules.merged()).as("a unique column may pass between rows within the unit").isZero();
        assertThat(otherUniqueRules.runs().get(0).parameters()).hasSize(2);
    }
}
