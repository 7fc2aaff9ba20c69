package ai.dflux.contracts.catalog;

import java.util.List;

/** How a table is partitioned: {@code RANGE}, {@code LIST}, {@code HASH} or {@code KEY}, by which key, into which parts. */
public record PartitioningInfo(String method, String key, List<String> partitions) {

    public PartitioningInfo {
        partitions = Lists.of(partitions);
    }
}
