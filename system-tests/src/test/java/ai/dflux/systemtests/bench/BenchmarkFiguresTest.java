package ai.dflux.systemtests.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.dflux.contracts.events.EventCodec;
import ai.dflux.systemtests.bench.BenchmarkFigures.Runs;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines {@link BenchmarkFigures} hands to {@code bench/record-benchmarks.py}, checked without recording. */
class BenchmarkFiguresTest {

    @Test
    void aFigureOfSeveralRunsCarriesItsMedianAndEveryRun() throws Exception {
        List<String> lines = new BenchmarkFigures()
                .add("x.seconds", Runs.of(List.of(3.0, 1.0, 2.0)), "s", "tool \"quoted\"", Runs.of(List.of(4.0, 6.0)),
                        "wall 5 s")
                .add("x.heap_mb", Runs.of(List.of(100.5)), "MiB", null, null, null)
                .lines();

        JsonNode figure = EventCodec.mapper().readTree(lines.get(0));
        assertThat(figure.get("value").asDouble()).isEqualTo(2.0);
        assertThat(figure.get("spread").get("runs").asInt()).isEqualTo(3);
        assertThat(figure.get("spread").get("min").asDouble()).isEqualTo(1.0);
        assertThat(figure.get("spread").get("values").toString()).isEqualTo("[3,1,2]");
        assertThat(figure.get("anchor").asText()).isEqualTo("tool 'quoted'");
        assertThat(figure.get("anchorValue").asDouble()).isEqualTo(5.0);
        assertThat(figure.get("notes").asText()).isEqualTo("wall 5 s");

        JsonNode withoutAnchor = EventCodec.mapper().readTree(lines.get(1));
        assertThat(withoutAnchor.has("anchor")).isFalse();
        assertThat(withoutAnchor.has("notes")).isFalse();
        assertThat(withoutAnchor.get("value").asDouble()).isEqualTo(100.5);
    }

    @Test
    void aRunWithoutAFiniteValueIsRefused() {
        assertThatThrownBy(() -> Runs.of(List.of(1.0, Double.NaN))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Runs.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
