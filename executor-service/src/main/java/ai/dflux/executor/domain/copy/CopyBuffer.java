package ai.dflux.executor.domain.copy;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import org.postgresql.copy.CopyIn;

/**
 * Gathers COPY text rows into one large buffer and hands it to the target's {@code COPY ... FROM STDIN}; counts the
 * bytes sent and stops with {@link CopyCancelledException} at the next flush once the copy is cancelled.
 */
final class CopyBuffer {

    private final CopyIn target;
    private final BooleanSupplier cancelled;
    private final byte[] buffer;
    private int used;
    private long bytes;

    CopyBuffer(CopyIn target, int size, BooleanSupplier cancelled) {
        this.target = target;
        this.cancelled = cancelled;
        this.buffer = new byte[size];
    }

    void write(byte[] data, int offset, int length) throws SQLException {
        if (length > buffer.length - used) {
            flush();
            if (length > buffer.length) {
                send(data, offset, length);
                return;
            }
        }
        System.arraycopy(data, offset, buffer, used, length);
        used += length;
    }

    /** Writes the row text as UTF-8, the encoding pgjdbc's connections use. */
    void writeRow(CharSequence row) throws SQLException {
        byte[] data = row.toString().getBytes(StandardCharsets.UTF_8);
        write(data, 0, data.length);
    }

    void flush() throws SQLException {
        if (used > 0) {
            send(buffer, 0, used);
            used = 0;
        }
    }

    boolean isCancelled() {
        return cancelled.getAsBoolean();
    }

    private void send(byte[] data, int offset, int length) throws SQLException {
        if (cancelled.getAsBoolean()) {
            throw new CopyCancelledException();
        }
        target.writeToCopy(data, offset, length);
        bytes += length;
    }

    long bytes() {
        return bytes;
    }
}
