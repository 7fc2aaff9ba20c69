package ai.dflux.executor.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class TableProgressTest {

    @Test
    void hasNoEtaBeforeTheFirstChunkOrWithoutAnEstimate() {
        TableProgress table = new TableProgress("shop.orders", "shop.orders");
        assertThat(table.etaSeconds()).isNull();

        table.started(0, 0, 0);
        table.chunkCopied(100, 1000);
        assertThat(table.etaSeconds()).as("no estimate").isNull();
    }

    @Test
    void countsRowsOfChunksFinishedBeforeARestartButRatesOnlyThisRun() {
        TableProgress table = new TableProgress("shop.orders", "shop.orders");
        table.started(1000, 400, 4000);
        assertThat(table.rowsCopied()).isEqualTo(400);
        assertThat(table.etaSeconds()).as("nothing copied in this run yet").isNull();

        table.chunkCopied(100, 1000);
        assertThat(table.rowsCopied()).isEqualTo(500);
        assertThat(table.bytesCopied()).isEqualTo(5000);
        assertThat(table.etaSeconds()).isNotNull().isNotNegative();
    }

    @Test
    void aCopiedTableHasNothingLeftEvenPastItsEstimate() {
        TableProgress table = new TableProgress("shop.orders", "shop.orders");
        table.started(10, 0, 0);
        table.chunkCopied(25, 250);
        assertThat(table.etaSeconds()).isZero();

        table.copied(25, 250);
        assertThat(table.state()).isEqualTo(TableProgress.State.COPIED);
        assertThat(table.etaSeconds()).isZero();
    }

    @Test
    void aTableWhoseKeyIsBeingBuiltIsNotCopiedYetAndHasNoEta() {
        ReplicationProgress progress = newProgress();
        TableProgress table = startedTable(progress, "shop.orders");
        table.chunkCopied(10, 100);

        table.buildingKey();

        assertThat(table.state()).isEqualTo(TableProgress.State.BUILDING_KEY);
        assertThat(table.etaSeconds()).as("no rate tells how long the build takes").isNull();
        assertThat(progress.tablesLeft()).isEqualTo(1);
        assertThat(progress.copyEtaSeconds()).isNull();

        table.copied(10, 100);
        assertThat(progress.tablesLeft()).isZero();
        assertThat(progress.copyEtaSeconds()).isZero();
    }

    @Test
    void theCopyIsAsFarAsItsSlowestTable() {
        ReplicationProgress progress = newProgress();
        TableProgress done = startedTable(progress, "a");
        done.copied(10, 100);
        TableProgress waiting = progress.table("b", "b");
        assertThat(progress.copyEtaSeconds()).as("a table not started has no estimate yet").isNull();
        assertThat(progress.tablesLeft()).isEqualTo(1);

        waiting.started(10, 0, 0);
        waiting.copied(10, 100);
        assertThat(progress.copyEtaSeconds()).isZero();
        assertThat(progress.rowsCopied()).isEqualTo(20);
        assertThat(progress.tablesLeft()).isZero();
    }

    /** A table of ten estimated rows whose copy has started. */
    private static TableProgress startedTable(ReplicationProgress progress, String name) {
        TableProgress table = progress.table(name, name);
        table.started(10, 0, 0);
        return table;
    }

    private static ReplicationProgress newProgress() {
        return new ReplicationProgress(UUID.randomUUID(), "t", table -> { });
    }
}
