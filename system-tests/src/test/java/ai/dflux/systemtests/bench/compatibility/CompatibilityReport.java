package ai.dflux.systemtests.bench.compatibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The side-by-side Markdown report of the compatibility benchmark: how each tool was run, per source database the
 * objects of each kind the source had and each tool created, then the value comparison, each tool's changed columns with an example and each
 * tool's type mapping. A tool that was not measured is shown as such, never with figures.
 */
public final class CompatibilityReport {

    private static final int EXAMPLE_LENGTH = 48;

    private final Map<String, ObjectCounts> sources;
    private final List<CompatibilityMeasurement> tools;
    private final List<String> notMeasured;

    /** {@code sources} by database name in report order; {@code notMeasured} names tools without figures. */
    public CompatibilityReport(Map<String, ObjectCounts> sources, List<CompatibilityMeasurement> tools,
            List<String> notMeasured) {
        this.sources = sources;
        this.tools = List.copyOf(tools);
        this.notMeasured = List.copyOf(notMeasured);
    }

    public String markdown(String heading) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + heading);
        lines.add("");
        for (String tool : notMeasured) {
            lines.add("**" + tool + ": not measured** (its column shows `n/m`).");
            lines.add("");
        }
        lines.add("## How each tool was run");
        lines.add("");
        tools.forEach(t -> lines.add("- **" + t.tool() + "**: " + t.method()));
        lines.add("");
        lines.add("## Objects created");
        lines.add("");
        lines.add("Kinds do not overlap (an index behind a key counts as the key); *total* is every kind but columns."
                + " `–`: the dialect has no such kind.");
        for (String database : sources.keySet()) {
            lines.add("");
            lines.add("### " + database);
            lines.add("");
            lines.add(row(header("Kind", "Source (MariaDB)")));
            lines.add(row(alignment()));
            for (ObjectKind kind : ObjectKind.values()) {
                List<String> cells = new ArrayList<>(List.of(kind.label(), count(sources.get(database), kind)));
                tools.forEach(t -> cells.add(count(t.database(database).created(), kind)));
                notMeasured.forEach(t -> cells.add("n/m"));
                lines.add(row(cells));
            }
            List<String> total = new ArrayList<>(List.of("**total**", "**" + sources.get(database).total() + "**"));
            tools.forEach(t -> total.add("**" + t.database(database).created().total() + "**"));
            notMeasured.forEach(t -> total.add("n/m"));
            lines.add(row(total));
        }
        lines.add("");
        lines.add("## Values");
        lines.add("");
        lines.add("Every value of every column holding at least one non-NULL value, MariaDB against the target, in a"
                + " canonical text per type family (numbers by value, booleans as 1/0, times as ISO text in UTC,"
                + " bytes as hex, set members sorted, text exactly). A column is unchanged when every value is.");
        lines.add("");
        lines.add(row(header("Database", "Compared columns")));
        lines.add(row(alignment()));
        for (String database : sources.keySet()) {
            List<String> cells = new ArrayList<>(List.of(database,
                    String.valueOf(first(database).compared())));
            tools.forEach(t -> cells.add(share(t.database(database).values())));
            notMeasured.forEach(t -> cells.add("n/m"));
            lines.add(row(cells));
        }
        List<String> all = new ArrayList<>(List.of("**all**", tools.isEmpty() ? "–"
                : String.valueOf(tools.get(0).values().compared())));
        tools.forEach(t -> all.add("**" + share(t.values()) + "**"));
        notMeasured.forEach(t -> all.add("n/m"));
        lines.add(row(all));
        for (CompatibilityMeasurement tool : tools) {
            lines.addAll(changedColumns(tool));
            lines.addAll(typeMapping(tool));
            lines.addAll(remarks(tool));
        }
        lines.add("");
        return String.join("\n", lines);
    }

    private ValueComparison first(String database) {
        return tools.isEmpty() ? new ValueComparison(List.of(), 0) : tools.get(0).database(database).values();
    }

    private List<String> changedColumns(CompatibilityMeasurement tool) {
        List<String> lines = new ArrayList<>(List.of("", "## Columns whose values " + tool.tool() + " changed", "",
                "| Column | Source type | Target type | Changed values / rows | Example: source → target |",
                "| --- | --- | --- | ---: | --- |"));
        for (ColumnResult column : tool.values().changed()) {
            lines.add(row(List.of(column.database() + "." + column.table() + "." + column.column(),
                    column.sourceType(), column.targetType() == null ? "(missing)" : column.targetType(),
                    column.changedValues() + " / " + column.rows(),
                    example(column.sourceExample()) + " → " + example(column.targetExample()))));
        }
        if (tool.values().changed().isEmpty()) {
            lines.add("| *none* | | | | |");
        }
        return lines;
    }

    private List<String> typeMapping(CompatibilityMeasurement tool) {
        Map<String, int[]> pairs = new TreeMap<>();
        for (ColumnResult column : tool.values().columns()) {
            int[] counts = pairs.computeIfAbsent(column.sourceType() + "\u0000" + column.targetType()
                    + "\u0000" + column.typeKept(), k -> new int[2]);
            counts[0]++;
            counts[1] += column.unchanged() ? 1 : 0;
        }
        List<String> lines = new ArrayList<>(List.of("", "## Type mapping of " + tool.tool(), "",
                "Compared columns only. *Type kept*: the PostgreSQL type of the same kind and size; " + tool.values()
                        .typeChanged() + " of " + tool.values().compared() + " columns changed type.", "",
                "| Source type | Target type | Type kept | Columns | Values unchanged in |",
                "| --- | --- | --- | ---: | ---: |"));
        pairs.forEach((pair, counts) -> {
            String[] parts = pair.split("\u0000");
            lines.add(row(List.of(parts[0], parts[1].equals("null") ? "(missing)" : parts[1],
                    Boolean.parseBoolean(parts[2]) ? "yes" : "**no**", String.valueOf(counts[0]),
                    String.valueOf(counts[1]))));
        });
        return lines;
    }

    private List<String> remarks(CompatibilityMeasurement tool) {
        List<String> lines = new ArrayList<>(List.of("", "## Remarks on " + tool.tool(), ""));
        for (DatabaseMeasurement database : tool.databases()) {
            lines.add("- " + database.database() + ": target schema `" + database.migrated().targetSchema() + "`; "
                    + String.join("; ", database.migrated().remarks()) + "; " + database.values().columnsWithoutData()
                    + " columns held no data and were not compared");
        }
        return lines;
    }

    private List<String> header(String first, String second) {
        List<String> cells = new ArrayList<>(List.of(first, second));
        tools.forEach(t -> cells.add(t.tool()));
        cells.addAll(notMeasured);
        return cells;
    }

    private List<String> alignment() {
        List<String> cells = new ArrayList<>(List.of("---", "---:"));
        tools.forEach(t -> cells.add("---:"));
        notMeasured.forEach(t -> cells.add("---:"));
        return cells;
    }

    private static String count(ObjectCounts counts, ObjectKind kind) {
        return counts.count(kind).map(String::valueOf).orElse("–");
    }

    private static String share(ValueComparison values) {
        return String.format(Locale.ROOT, "%d unchanged (%.1f %%), %d types changed", values.unchanged(),
                100 * values.losslessShare(), values.typeChanged());
    }

    private static String example(String value) {
        if (value == null) {
            return "NULL";
        }
        String shown = value.length() > EXAMPLE_LENGTH ? value.substring(0, EXAMPLE_LENGTH) + "…" : value;
        return "`" + shown.replace("\n", "\\n").replace("\t", "\\t").replace("`", "'") + "`";
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |";
    }
}
