package ai.dflux.compatibility.domain.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.dflux.compatibility.domain.ddl.ConvertedObject;
import ai.dflux.compatibility.domain.ddl.DdlPart;
import ai.dflux.compatibility.domain.ddl.ObjectKind;
import ai.dflux.compatibility.domain.ddl.ObjectStatus;
import ai.dflux.compatibility.domain.ddl.SchemaConversion;
import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The proof on a real PostgreSQL: what it rejects becomes MANUAL with the server's words, and nothing is left. */
class SchemaProofIT {

    private static PostgresServer postgres;
    private static DataSource target;
    private final SchemaProof proof = new SchemaProof(new TargetServer());

    @BeforeAll
    static void start() {
        postgres = PostgresServer.create().start();
        postgres.createDatabase("proof_target");
        target = postgres.dataSource("proof_target");
    }

    @AfterAll
    static void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aRejectedObjectAndWhatDependsOnItBecomeManualAndTheServerKeepsNothing() throws Exception {
        ScratchPlacement placement = new ScratchPlacement();
        String scratch = placement.place("shop");

        ProofOutcome outcome = proof.prove(shop(name -> name), shop(name -> name.replace("shop.", scratch + ".")
                .replace("EXISTS shop", "EXISTS " + scratch)), placement, target);

        List<ConvertedObject> objects = outcome.conversion().objects();
        assertThat(objects).extracting(ConvertedObject::status).containsExactly(ObjectStatus.AUTO,
                ObjectStatus.AUTO, ObjectStatus.MANUAL, ObjectStatus.MANUAL, ObjectStatus.AUTO);
        assertThat(objects.get(2).messages().get(0)).startsWith("PostgreSQL rejected it:")
                .contains("column \"nope\" does not exist").contains("42703").doesNotContain(scratch);
        assertThat(objects.get(3).messages().get(0)).contains("depends on shop.orders_nope");
        assertThat(objects.get(2).statements()).as("the real DDL, not the scratch one")
                .containsExactly("CREATE INDEX orders_nope ON shop.orders (nope)");
        assertThat(outcome.server()).startsWith("PostgreSQL ").contains("proof_target");
        assertThat(outcome.conversion().script(DdlPart.POST_DATA)).doesNotContain("orders_nope");
        assertThat(schemasLike("dflux_proof%")).as("the proof was rolled back").isZero();
        assertThat(schemasLike("shop")).isZero();
    }

    @Test
    void aDeltaIsProvenOnTopOfThePreviousRevision() throws Exception {
        ScratchPlacement placement = new ScratchPlacement();
        String scratch = placement.place("shop");
        SchemaConversion previous = shop(name -> name.replace("shop.", scratch + ".")
                .replace("EXISTS shop", "EXISTS " + scratch));
        List<ConvertedObject> realDelta = List.of(
                object(ObjectKind.COLUMN, "shop.orders.note", "ALTER TABLE shop.orders ADD COLUMN note text"),
                object(ObjectKind.COLUMN, "shop.orders.mood", "ALTER TABLE shop.orders ADD COLUMN mood shop.moods"));
        List<ConvertedObject> scratchDelta = realDelta.stream().map(o -> new ConvertedObject(o.kind(), o.source(),
                o.target(), o.part(), null, o.statements().stream().map(s -> s.replace("shop.", scratch + "."))
                        .toList(), List.of(), o.status(), o.messages())).toList();

        List<ConvertedObject> proven = proof.proveDelta(previous, realDelta, scratchDelta, placement, target);

        assertThat(proven).extracting(ConvertedObject::status).containsExactly(ObjectStatus.AUTO,
                ObjectStatus.MANUAL);
        assertThat(proven.get(1).messages().get(0)).contains("type \"shop.moods\" does not exist");
        assertThat(schemasLike("dflux_proof%")).isZero();
    }

    @Test
    void aTargetDatabaseThatDoesNotExistIsAProblemRetryingCannotMend() {
        DataSource missing = TargetDataSources.of(new DatabaseCredentials("postgresql", postgres.host(),
                postgres.port(), "no_such_database", postgres.superuser(), postgres.password()));

        assertThatThrownBy(() -> proof.prove(shop(n -> n), shop(n -> n), new ScratchPlacement(), missing))
                .isInstanceOfSatisfying(TargetProblem.class, problem -> {
                    assertThat(problem.isTransient()).isFalse();
                    assertThat(problem.getMessage()).contains("does not exist").contains("no_such_database");
                });
    }

    @Test
    void aTargetOfAnotherDialectIsRefused() {
        assertThatThrownBy(() -> TargetDataSources.of(new DatabaseCredentials("mariadb", "h", 3306, "d", "u", "p")))
                .isInstanceOfSatisfying(TargetProblem.class, problem -> assertThat(problem.isUnsupported()).isTrue());
    }

    /** A small conversion: a schema, a table, a bad index, a view on it, a good index; names through {@code place}. */
    private static SchemaConversion shop(UnaryOperator<String> place) {
        return new SchemaConversion(List.of(
                object(ObjectKind.SCHEMA, "shop", place.apply("CREATE SCHEMA IF NOT EXISTS shop")),
                object(ObjectKind.TABLE, "shop.orders", place.apply("CREATE TABLE shop.orders (id integer PRIMARY KEY,"
                        + " total numeric(10,2))")),
                object(ObjectKind.INDEX, "shop.orders_nope", place.apply("CREATE INDEX orders_nope ON shop.orders"
                        + " (nope)")),
                new ConvertedObject(ObjectKind.VIEW, "shop.big", "shop.big", DdlPart.CODE, null,
                        List.of(place.apply("CREATE VIEW shop.big AS SELECT id FROM shop.orders WHERE total > 100")),
                        List.of("shop.orders_nope"), ObjectStatus.AUTO, List.of()),
                object(ObjectKind.INDEX, "shop.orders_total", place.apply("CREATE INDEX orders_total ON shop.orders"
                        + " (total)"))), List.of(), List.of());
    }

    private static ConvertedObject object(ObjectKind kind, String name, String statement) {
        DdlPart part = kind == ObjectKind.INDEX ? DdlPart.POST_DATA : DdlPart.PRE_DATA;
        return new ConvertedObject(kind, name, name, part, null, List.of(statement), List.of(), ObjectStatus.AUTO,
                List.of());
    }

    private static int schemasLike(String pattern) throws Exception {
        try (Connection c = target.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pg_namespace where nspname like '" + pattern
                        + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
