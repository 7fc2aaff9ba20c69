package ai.dflux.compatibility;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.testkit.ControlPlane;
import ai.dflux.testkit.ControlPlaneTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
class RetentionCleanupIT {

    @Test
    void deletesOnlyRowsOlderThanTheirRetention() throws Exception {
        UUID migration = UUID.randomUUID();
        String[] ids = {UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString()};
        execute("insert into compatibility.outbox (event_id, migration_id, event_type, envelope, created_at,"
                + " published_at) values"
                + " ('" + ids[0] + "', '" + migration + "', 'T', '{}', now() - interval '9 days', now() - interval '8 days'),"
                + " ('" + ids[1] + "', '" + migration + "', 'T', '{}', now() - interval '2 days', now() - interval '2 days'),"
                + " ('" + ids[2] + "', '" + migration + "', 'T', '{}', now() - interval '9 days', null)");
        execute("insert into compatibility.processed_event (event_id, event_type, migration_id, processed_at) values"
                + " ('" + ids[3] + "', 'T', '" + migration + "', now() - interval '31 days'),"
                + " ('" + ids[4] + "', 'T', '" + migration + "', now() - interval '20 days')");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(count("outbox where migration_id = '" + migration + "'")).isEqualTo(2);
            assertThat(count("processed_event where migration_id = '" + migration + "'")).isEqualTo(1);
        });
        assertThat(count("outbox where event_id = '" + ids[2] + "'")).as("never published: kept").isEqualTo(1);
        assertThat(count("processed_event where event_id = '" + ids[4] + "'")).isEqualTo(1);
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = ControlPlane.postgres().dataSource(ControlPlane.DATABASE).getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(String from) throws Exception {
        try (Connection c = ControlPlane.postgres().dataSource(ControlPlane.DATABASE).getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from compatibility." + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
