package ai.dflux.systemtests.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("\\.?0+$", "");
    }
}
