package ai.dflux.compatibility.domain.sql;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.Dialect;
import org.junit.jupiter.api.Test;

/** PostgreSQL to PostgreSQL: the text is kept, only renamed identifiers change. */
class PostgresSqlTranslatorTest {

    private final SqlTranslator postgres = SqlTranslators.forDialect(Dialect.POSTGRESQL);
    private final FoldingTargetNames sameNames = new FoldingTargetNames("public");
    private final FoldingTargetNames newSchema = new FoldingTargetNames("public").renameSchema("public", "pagila");

    @Test
    void viewdefIsKeptExactlyWhenNothingIsRenamed() {
        String viewdef = " SELECT actor.actor_id,\n    actor.first_name\n   FROM actor\n  WHERE actor.actor_id > 5;";
        assertThat(postgres.query(viewdef, sameNames).sql()).isEqualTo(viewdef.strip());
    }

    @Test
    void sequenceDefaultIsKeptOrQualifiedWithTheNewSchema() {
        String nextval = "nextval('actor_actor_id_seq'::regclass)";
        assertThat(postgres.expression(nextval, "public", "actor", sameNames).sql()).isEqualTo(nextval);
        assertThat(postgres.expression(nextval, "public", "actor", newSchema).sql())
                .isEqualTo("nextval('pagila.actor_actor_id_seq'::regclass)");
    }

    @Test
    void renamedSchemaRewritesTableReferences() {
        assertThat(postgres.query("SELECT a.actor_id FROM public.actor a", newSchema).sql())
                .isEqualTo("SELECT a.actor_id FROM pagila.actor a");
        assertThat(postgres.query("SELECT actor_id FROM actor", newSchema).sql())
                .isEqualTo("SELECT actor_id FROM pagila.actor");
    }

    @Test
    void textTheParserCannotReadIsKeptUnlessItNeedsRenaming() {
        String unusual = "SELECT x FROM t WINDOW w AS (PARTITION BY y) FETCH NEXT ROW WITH TIES OOPS";
        assertThat(postgres.query(unusual, sameNames).sql()).isEqualTo(unusual);
        assertThat(postgres.query(unusual, sameNames).failure()).isNull();
        assertThat(postgres.query(unusual, newSchema).failure()).contains("cannot parse").contains("pagila");
    }
}
