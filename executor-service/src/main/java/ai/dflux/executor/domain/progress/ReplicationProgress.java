package ai.dflux.executor.domain.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** One running replication's live progress: the copy per table and the stream's figures. */
public final class ReplicationProgress {

    private final UUID migrationId;
    private final String tenantId;
    private final Map<String, TableProgress> tables = new LinkedHashMap<>();
    private volatile StreamFigures stream = StreamFigures.NONE;
    private volatile Instant lastProgressAt = Instant.now();
    private volatile String holdUp;
    private final Consumer<TableProgress> onNewTable;

    public ReplicationProgress(UUID migrationId, String tenantId, Consumer<TableProgress> onNewTable) {
        this.migrationId = migrationId;
        this.tenantId = tenantId;
        this.onNewTable = onNewTable;
    }

    public synchronized TableProgress table(String sourceTable, String targetTable) {
        TableProgress known = tables.get(sourceTable);
        if (known != null) {
            return known;
        }
        TableProgress added = new TableProgress(sourceTable, targetTable);
        tables.put(sourceTable, added);
        onNewTable.accept(added);
        return added;
    }

    public synchronized List<TableProgress> tables() {
        return new ArrayList<>(tables.values());
    }

    public long rowsCopied() {
        return tables().stream().mapToLong(TableProgress::rowsCopied).sum();
    }

    public long bytesCopied() {
        return tables().stream().mapToLong(TableProgress::bytesCopied).sum();
    }

    public long tablesLeft() {
        return tables().stream().filter(t -> t.state() != TableProgress.State.COPIED).count();
    }

    /** Seconds until every table is copied at the current rates: the slowest table's estimate; null when unknown. */
    public Long copyEtaSeconds() {
        long eta = 0;
        for (TableProgress table : tables()) {
            Long left = table.etaSeconds();
            if (left == null && table.state() != TableProgress.State.COPIED) {
                return null;
            }
            eta = Math.max(eta, left == null ? 0 : left);
        }
        return eta;
    }

    public void stream(StreamFigures figures) {
        if (figures.eventsApplied() != stream.eventsApplied()) {
            lastProgressAt = Instant.now();
        }
        stream = figures;
    }

    public StreamFigures stream() {
        return stream;
    }

    /**
     * Records why the stream applies nothing for now although the source may have changes (waiting for a schema
     * conversion, copying tables the source added), until {@link #applying()}.
     */
    public void holdUp(String reason) {
        holdUp = reason;
    }

    /** The stream runs again: no hold-up. */
    public void applying() {
        holdUp = null;
    }

    /** Why the stream applies nothing for now, if it was told so; null while it runs. */
    public String holdUpReason() {
        return holdUp;
    }

    /** When the stream last applied something (or started). */
    public Instant lastProgressAt() {
        return lastProgressAt;
    }

    public UUID migrationId() {
        return migrationId;
    }

    public String tenantId() {
        return tenantId;
    }
}
