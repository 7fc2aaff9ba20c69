package ai.dflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalStackIT {

    private final Path stateDir = TempFolders.create("dflux-local-stack-");

    @BeforeEach
    void letPostgresEnterTheStateFolder() throws IOException {
        Files.setPosixFilePermissions(stateDir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void deleteState() {
        TempFolders.delete(stateDir);
    }

    @Test
    void writesTheStackSettingsAndStopsCleanlyOnSigterm() throws Exception {
        int[] ports = FreePorts.pick(2);
        Process stack = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                LocalStack.class.getName(), "--state-dir", stateDir.toString(),
                "--kafka-port", Integer.toString(ports[0]), "--pg-port", Integer.toString(ports[1]))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            assertThat(firstLine(stack)).isEqualTo("READY");
            assertThat(Files.readAllLines(stateDir.resolve("stack.env"))).containsExactly(
                    "DFLUX_DB_HOST=127.0.0.1",
                    "DFLUX_DB_PORT=" + ports[1],
                    "DFLUX_DB_NAME=dflux",
                    "DFLUX_DB_USER=postgres",
                    "DFLUX_DB_PASSWORD=",
                    "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:" + ports[0]);
            try (Connection connection = PostgresServer.existing("postgresql://postgres@127.0.0.1:" + ports[1])
                    .dataSource("dflux").getConnection()) {
                assertThat(connection.isValid(5)).isTrue();
            }
        } finally {
            stack.destroy();
            assertThat(stack.waitFor(90, TimeUnit.SECONDS)).as("stack stopped").isTrue();
        }
        assertThat(Files.exists(stateDir.resolve("postgres/pgdata/postmaster.pid"))).as("postgres stopped").isFalse();
        assertThat(isFree(ports[0])).as("kafka port free").isTrue();
        assertThat(isFree(ports[1])).as("postgres port free").isTrue();
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String firstLine(Process process) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        return reader.readLine();
    }
}
