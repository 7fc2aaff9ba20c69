package ai.dflux.executor.domain.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.ByteStreamWriter;

class CopyBufferTest {

    /** A target COPY that keeps what it is sent, optionally failing at the n-th write. */
    private static final class RecordingCopyIn implements CopyIn {
        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        final AtomicInteger writes = new AtomicInteger();
        final int failAt;
        volatile Thread writer;

        RecordingCopyIn(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public synchronized void writeToCopy(byte[] data, int offset, int length) throws SQLException {
            writer = Thread.currentThread();
            if (writes.incrementAndGet() == failAt) {
                throw new SQLException("value too long for type character varying(3)");
            }
            received.write(data, offset, length);
        }

        @Override
        public void writeToCopy(ByteStreamWriter from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flushCopy() {
        }

        @Override
        public long endCopy() {
            return 0;
        }

        @Override
        public int getFieldCount() {
            return 0;
        }

        @Override
        public int getFormat() {
            return 0;
        }

        @Override
        public int getFieldFormat(int field) {
            return 0;
        }

        @Override
        public boolean isActive() {
            return true;
        }

        @Override
        public void cancelCopy() {
        }

        @Override
        public long getHandledRowCount() {
            return 0;
        }
    }

    @Test
    void everyRowReachesTheTargetInOrderFromAnotherThreadWhateverItsSize() throws SQLException {
        RecordingCopyIn target = new RecordingCopyIn(-1);
        StringBuilder expected = new StringBuilder();
        long bytes;
        try (CopyBuffer buffer = new CopyBuffer(target, 64, () -> false)) {
            for (int i = 0; i < 5000; i++) {
                String row = i % 997 == 0 ? i + "\t" + "x".repeat(200) + "\n" : i + "\trow\n";
                expected.append(row);
                buffer.writeRow(row);
            }
            buffer.finish();
            bytes = buffer.bytes();
        }

        assertThat(target.received.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
        assertThat(bytes).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8).length);
        assertThat(target.writer).as("sent while the next rows are read").isNotSameAs(Thread.currentThread());
        assertThat(target.writer.isAlive()).as("the sending thread ends with the chunk").isFalse();
    }

    @Test
    void theTargetsRefusalReachesTheReadingThread() {
        RecordingCopyIn target = new RecordingCopyIn(2);

        assertThatThrownBy(() -> {
            try (CopyBuffer buffer = new CopyBuffer(target, 16, () -> false)) {
                for (int i = 0; i < 1000; i++) {
                    buffer.writeRow("row " + i + "\n");
                }
                buffer.finish();
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("value too long");
        assertThat(target.writer.isAlive()).isFalse();
    }

    @Test
    void aCancelledCopyStopsAtTheNextHandOffAndSendsNothingMore() throws SQLException {
        RecordingCopyIn target = new RecordingCopyIn(-1);
        AtomicBoolean cancelled = new AtomicBoolean();
        CopyBuffer buffer = new CopyBuffer(target, 16, cancelled::get);
        buffer.writeRow("first row, sent\n");
        cancelled.set(true);

        assertThatThrownBy(() -> buffer.writeRow("a row after the cancel\n"))
                .isInstanceOf(CopyCancelledException.class);
        buffer.close();

        assertThat(target.received.toString(StandardCharsets.UTF_8)).doesNotContain("after the cancel");
        assertThat(target.writer == null || !target.writer.isAlive()).isTrue();
    }
}
