package ai.dflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ControlPlaneIT {

    @Test
    void startsOneServerOfEachKindAndHandsTheirSettingsToServices() throws SQLException {
        Map<String, String> config = new ControlPlaneTestResource().start();

        assertThat(ControlPlane.postgres()).isSameAs(ControlPlane.postgres());
        assertThat(ControlPlane.kafka()).isSameAs(ControlPlane.kafka());
        assertThat(config)
                .containsEntry("dflux.db.host", ControlPlane.postgres().host())
                .containsEntry("dflux.db.port", Integer.toString(ControlPlane.postgres().port()))
                .containsEntry("dflux.db.name", "dflux")
                .containsEntry("kafka.bootstrap.servers", ControlPlane.kafka().bootstrapServers())
                .containsEntry("mp.jwt.verify.publickey.location", TestTokens.publicKeyLocation())
                .containsEntry("mp.jwt.verify.issuer", "dflux-gateway");
        try (Connection connection = ControlPlane.postgres().dataSource(config.get("dflux.db.name")).getConnection()) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }
}
