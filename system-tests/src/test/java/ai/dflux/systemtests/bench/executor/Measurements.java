package ai.dflux.systemtests.bench.executor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every value measured in one benchmark run, by measure, in the order first measured, with the run's remarks. */
public final class Measurements {

    /** One measure: what it is, its unit, and its value in each repeat. */
    public record Measure(String name, String unit, String description, List<Double> values) {

        public double median() {
            List<Double> sorted = values.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        }
    }

    private final Map<String, Measure> measures = new LinkedHashMap<>();
    private final List<String> remarks = new ArrayList<>();

    /** Adds one repeat's value of {@code name}; the first call names its unit and description. */
    public synchronized void add(String name, String unit, String description, double value) {
        measures.computeIfAbsent(name, n -> new Measure(n, unit, description, new ArrayList<>())).values().add(value);
        System.out.printf(Locale.ROOT, "[bench] %-40s %12.3f %s%n", name, value, unit);
    }

    public synchronized void remark(String remark) {
        remarks.add(remark);
        System.out.println("[bench] " + remark);
    }

    /** The values of {@code name}; empty if it was not measured. */
    public synchronized List<Double> values(String name) {
        Measure measure = measures.get(name);
        return measure == null ? List.of() : List.copyOf(measure.values());
    }

    public synchronized List<Measure> all() {
        return List.copyOf(measures.values());
    }

    public synchronized List<String> remarks() {
        return List.copyOf(remarks);
    }
}
