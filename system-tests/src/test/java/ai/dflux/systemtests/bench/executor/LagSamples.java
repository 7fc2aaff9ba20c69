package ai.dflux.systemtests.bench.executor;

import java.util.List;
import java.util.Locale;

/** The lag readings of one run, in milliseconds, with the count of probes that had no answer or failed. */
public record LagSamples(List<Double> millis, int unanswered, List<String> failures) {

    public LagSamples {
        millis = List.copyOf(millis);
        failures = List.copyOf(failures);
    }

    /** The nearest-rank percentile ({@code 0.99} for p99); NaN without readings. */
    public double percentile(double fraction) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = millis.stream().sorted().toList();
        int rank = (int) Math.ceil(fraction * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1));
    }

    public double p99() {
        return percentile(0.99);
    }

    public double max() {
        return millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "p50 %.0f ms, p99 %.0f ms, max %.0f ms over %d readings (%d unanswered,"
                + " %d failed%s)", percentile(0.5), p99(), max(), millis.size(), unanswered, failures.size(),
                failures.isEmpty() ? "" : ", first: " + failures.get(0));
    }
}
