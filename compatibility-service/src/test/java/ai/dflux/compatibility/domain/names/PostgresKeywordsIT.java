package ai.dflux.compatibility.domain.names;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PostgresKeywordsIT {

    @Test
    void theHardCodedKeyWordsAreThoseOfTheServer() throws Exception {
        Map<String, String> server = new TreeMap<>();
        try (PostgresServer postgres = PostgresServer.create().start();
                Connection connection = postgres.dataSource("postgres").getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select word, catcode from pg_get_keywords()")) {
            while (rows.next()) {
                server.put(rows.getString(1), rows.getString(2));
            }
        }
        Map<String, String> ours = new TreeMap<>();
        PostgresKeywords.all().forEach((word, category) -> ours.put(word, category.code()));
        assertThat(ours).isEqualTo(server);
    }
}
