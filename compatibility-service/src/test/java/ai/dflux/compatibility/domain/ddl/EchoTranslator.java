package ai.dflux.compatibility.domain.ddl;

import ai.dflux.compatibility.domain.sql.SqlTranslator;
import ai.dflux.compatibility.domain.sql.TargetNames;
import ai.dflux.compatibility.domain.sql.Translation;
import ai.dflux.contracts.Dialect;
import java.util.List;

/**
 * A stand-in for the real SQL translators: returns the text unchanged, fails on text containing {@value #FAIL} and
 * warns on text containing {@value #WARN}.
 */
final class EchoTranslator implements SqlTranslator {

    static final String FAIL = "untranslatable";
    static final String WARN = "concat(";

    private final Dialect dialect;

    EchoTranslator(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public Translation expression(String sql, String sourceSchema, String table, TargetNames names) {
        return translate(sql);
    }

    @Override
    public Translation query(String sql, TargetNames names) {
        return translate(sql);
    }

    private static Translation translate(String sql) {
        if (sql.contains(FAIL)) {
            return Translation.failed("the function " + FAIL + " has no PostgreSQL equivalent");
        }
        if (sql.contains(WARN)) {
            return Translation.of(sql, List.of("CONCAT with a NULL argument gives NULL in PostgreSQL's ||"));
        }
        return Translation.of(sql, List.of());
    }
}
