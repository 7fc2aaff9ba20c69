package ai.dflux.systemtests.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Figures of one benchmark run, merged into {@code docs/benchmarks.json} by {@code bench/record-benchmarks.py}, after
 * which {@code bench/render-benchmarks.py} re-renders {@code docs/benchmarks.md}.
 */
final class BenchmarkFigures {

    private final List<String> lines = new ArrayList<>();

    /** A figure compared with {@code anchorValue} of {@code anchor}, measured in the same run. */
    BenchmarkFigures add(String name, double value, String unit, String anchor, double anchorValue) {
        lines.add(String.format(Locale.ROOT, "{\"name\": \"%s\", \"value\": %s, \"unit\": \"%s\", \"anchor\": \"%s\","
                + " \"anchorValue\": %s}", name, number(value), unit, anchor.replace("\"", "'"), number(anchorValue)));
        return this;
    }

    /**
     * A figure measured several times: its median is the value, its runs are stored as the spread; {@code anchor} and
     * {@code anchorRuns} may be null (a figure without anchor), {@code notes} may be null.
     */
    BenchmarkFigures add(String name, Runs runs, String unit, String anchor, Runs anchorRuns, String notes) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "{\"name\": \"%s\", \"value\": %s,"
                + " \"unit\": \"%s\", \"spread\": %s", name, number(runs.median()), unit, runs.json()));
        if (anchor != null && anchorRuns != null) {
            line.append(String.format(Locale.ROOT, ", \"anchor\": \"%s\", \"anchorValue\": %s, \"anchorSpread\": %s",
                    text(anchor), number(anchorRuns.median()), anchorRuns.json()));
        }
        if (notes != null && !notes.isBlank()) {
            line.append(", \"notes\": \"").append(text(notes)).append('"');
        }
        lines.add(line.append('}').toString());
        return this;
    }

    /** The values of one figure's repeated runs, in the order measured. */
    record Runs(List<Double> values) {

        Runs {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("a figure needs at least one run");
            }
            if (values.stream().anyMatch(value -> !Double.isFinite(value))) {
                throw new IllegalArgumentException("a run without a finite value: " + values);
            }
            values = List.copyOf(values);
        }

        static Runs of(Collection<Double> values) {
            return new Runs(List.copyOf(values));
        }

        double median() {
            List<Double> sorted = values.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        }

        double min() {
            return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        }

        double max() {
            return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        }

        String json() {
            return String.format(Locale.ROOT, "{\"runs\": %d, \"min\": %s, \"max\": %s, \"values\": [%s]}",
                    values.size(), number(min()), number(max()),
                    String.join(", ", values.stream().map(BenchmarkFigures::number).toList()));
        }
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    void record() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("dflux.repo.root", System.getProperty("user.dir"))).toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("bench/record-benchmarks.py"))) {
            root = root.getParent();
        }
        if (root == null) {
            throw new IllegalStateException("no repository root with bench/record-benchmarks.py above "
                    + System.getProperty("user.dir"));
        }
        Path input = Files.createTempFile("dflux-bench-figures-", ".jsonl");
        try {
            Files.writeString(input, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            run(List.of("python3", root.resolve("bench/record-benchmarks.py").toString(), "--date",
                    LocalDate.now(ZoneOffset.UTC).toString()), input);
            run(List.of("python3", root.resolve("bench/render-benchmarks.py").toString()), null);
        } finally {
            Files.deleteIfExists(input);
        }
    }

    private static void run(List<String> command, Path input) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    /** Text for a JSON string: quotes become single quotes, as anchors always did, and backslashes go. */
    private static String text(String value) {
        return value.replace("\\", "/").replace("\"", "'").replace("\n", " ");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("\\.?0+$", "");
    }
}
