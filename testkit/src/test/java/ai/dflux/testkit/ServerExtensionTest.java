package ai.dflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerExtensionTest {

    @Test
    void startsTheServerBeforeAllTestsAndClosesItAfterThem() throws Exception {
        FakeServer fake = new FakeServer();
        ServerExtension<FakeServer> extension = new ServerExtension<>(() -> fake);
        assertThatThrownBy(extension::server).isInstanceOf(IllegalStateException.class);

        extension.beforeAll(null);
        assertThat(extension.server()).isSameAs(fake);
        assertThat(fake.closed).isFalse();

        extension.afterAll(null);
        assertThat(fake.closed).isTrue();
        assertThatThrownBy(extension::server).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closesNothingWhenTheServerNeverStarted() throws Exception {
        ServerExtension<FakeServer> extension = new ServerExtension<>(() -> {
            throw new IllegalStateException("no binaries");
        });

        assertThatThrownBy(() -> extension.beforeAll(null)).hasMessage("no binaries");
        extension.afterAll(null);
    }

    private static final class FakeServer implements AutoCloseable {

        private boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
