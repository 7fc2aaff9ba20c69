package ai.dflux.compatibility.domain.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.Dialect;
import ai.dflux.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The DDL generated for a rich MySQL-style catalog runs on a real PostgreSQL, part after part, with data between. */
class GeneratedDdlIT {

    private static PostgresServer postgres;

    @BeforeAll
    static void start() {
        postgres = PostgresServer.create().start();
        postgres.createDatabase("generated_ddl");
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void preDataPostDataAndCodeRunOnPostgres() throws SQLException {
        SchemaConversion conversion = new SchemaConverter(new FakeTypeMapping(Dialect.MARIADB),
                new EchoTranslator(Dialect.MARIADB)).convert(Catalogs.mysqlShop());
        try (Connection connection = postgres.dataSource("generated_ddl").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists shop cascade");
            run(statement, conversion, DdlPart.PRE_DATA);
            statement.execute("insert into shop.language (name) values ('English')");
            statement.execute("insert into shop.film (title, language_id, rating, special_features, is_active)"
                    + " values ('Academy Dinosaur', 1, 'PG', '{trailers}', true)");
            statement.execute("insert into shop.inventory (film_id, store_id) values (1, 1)");
            run(statement, conversion, DdlPart.POST_DATA);
            run(statement, conversion, DdlPart.CODE);

            assertThat(single(statement, "select title || '/' || language from shop.a_short_list join shop.film_list"
                    + " using (film_id, title)")).isEqualTo("Academy Dinosaur/English");
            assertThat(single(statement, "select title_upper || ' ' || created from shop.film"))
                    .isEqualTo("ACADEMY DINOSAUR -infinity");
            assertThat(single(statement, "select count(*) from pg_constraint where convalidated and conname in"
                    + " ('fk_film_language', 'fk_inventory_film', 'chk_rate', 'film_film_id_check')")).isEqualTo("4");
            assertThat(single(statement, "select count(*) from pg_indexes where schemaname = 'shop'"))
                    .as("6 secondary indexes (not the SPATIAL one), 5 primary keys, 1 unique constraint").isEqualTo("12");
            assertThat(single(statement, "select count(*) from shop.film where to_tsvector('simple',"
                    + " coalesce(title, '') || ' ' || coalesce(description, '')) @@ to_tsquery('simple', 'dinosaur')"))
                    .isEqualTo("1");
        }
    }

    private static void run(Statement statement, SchemaConversion conversion, DdlPart part) throws SQLException {
        for (ConvertedObject object : conversion.objects()) {
            if (object.part() != part || object.status() == ObjectStatus.MANUAL) {
                continue;
            }
            for (String sql : object.statements()) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new AssertionError("PostgreSQL refuses the DDL of " + object.target() + ": " + sql, e);
                }
            }
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
