package ai.dflux.executor.domain.stream;

import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/** Asks the source how many bytes of its log the stream has not applied, over a connection kept for that. */
final class LagProbe implements AutoCloseable {

    private final KeptConnection source;
    private final SourcePositions positions;

    LagProbe(DataSource source, SourcePositions positions) {
        this.source = new KeptConnection(source);
        this.positions = positions;
    }

    long lagBytes(Map<String, ?> offset) throws SQLException {
        return source.use(connection -> positions.lagBytes(connection, offset));
    }

    @Override
    public void close() {
        source.close();
    }
}
