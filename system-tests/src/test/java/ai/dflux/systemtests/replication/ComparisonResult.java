package ai.dflux.systemtests.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a {@link TableComparison} found.
 *
 * @param rows rows compared per table (the larger side's count)
 * @param differences the first differences found (at most {@link TableComparison#MAX_REPORTED} per table)
 * @param differenceCount every difference found
 */
public record ComparisonResult(Map<String, Long> rows, List<Difference> differences, long differenceCount) {

    /** Fails, naming table, key and column of the first differences, unless source and target hold the same. */
    public ComparisonResult assertIdentical() {
        assertThat(differences)
                .as("%d differences between source and target (rows compared: %s); the first:%n%s", differenceCount,
                        rows, differences.stream().map(Difference::toString)
                                .collect(Collectors.joining(System.lineSeparator())))
                .isEmpty();
        return this;
    }
}
