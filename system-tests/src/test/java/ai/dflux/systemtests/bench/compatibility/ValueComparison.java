package ai.dflux.systemtests.bench.compatibility;

import java.util.Collection;
import java.util.List;

/**
 * The columns of one or more databases whose values were compared (those holding at least one non-NULL value; a column
 * of NULLs only proves nothing), and how many columns held none.
 */
public record ValueComparison(List<ColumnResult> columns, int columnsWithoutData) {

    public ValueComparison {
        columns = List.copyOf(columns);
    }

    public int compared() {
        return columns.size();
    }

    public int unchanged() {
        return (int) columns.stream().filter(ColumnResult::unchanged).count();
    }

    /** Unchanged columns / compared columns. */
    public double losslessShare() {
        return compared() == 0 ? 0 : (double) unchanged() / compared();
    }

    public List<ColumnResult> changed() {
        return columns.stream().filter(c -> !c.unchanged()).toList();
    }

    public int typeChanged() {
        return (int) columns.stream().filter(c -> !c.typeKept()).count();
    }

    public static ValueComparison sum(Collection<ValueComparison> parts) {
        return new ValueComparison(parts.stream().flatMap(p -> p.columns().stream()).toList(),
                parts.stream().mapToInt(ValueComparison::columnsWithoutData).sum());
    }
}
