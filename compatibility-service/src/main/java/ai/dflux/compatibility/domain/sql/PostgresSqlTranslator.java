package ai.dflux.compatibility.domain.sql;

import ai.dflux.contracts.Dialect;

/**
 * PostgreSQL's SQL for PostgreSQL: only identifiers change, through {@link TargetNames}. When none does, the source
 * text ({@code pg_get_viewdef}, {@code nextval('actor_actor_id_seq'::regclass)}) is kept exactly. Where JSqlParser
 * cannot read the text, it is kept as is if the schema keeps its name (a PostgreSQL source keeps its identifiers
 * otherwise), and fails if not, since the names in it could not be renamed.
 */
public final class PostgresSqlTranslator extends ParsedSqlTranslator {

    public PostgresSqlTranslator() {
        super(Dialect.POSTGRESQL, SourceSyntax.POSTGRESQL);
    }

    @Override
    public Translation expression(String sql, String sourceSchema, String table, TargetNames names) {
        return keptWhereUnparsed(super.expression(sql, sourceSchema, table, names), sql, sourceSchema, names);
    }

    @Override
    public Translation query(String sql, TargetNames names) {
        return keptWhereUnparsed(super.query(sql, names), sql, names.defaultSchema(), names);
    }

    @Override
    Translation finished(String sql, TranslationContext context) {
        return context.renamed() ? super.finished(sql, context) : Translation.of(sql.strip(), context.warnings());
    }

    private static Translation keptWhereUnparsed(Translation translation, String sql, String schema,
            TargetNames names) {
        if (translation.translated() || !translation.failure().startsWith("cannot parse")) {
            return translation;
        }
        if (names.schema(schema).equals(schema)) {
            return Translation.of(sql.strip(), java.util.List.of());
        }
        return Translation.failed(translation.failure() + "; its names cannot be renamed to schema "
                + names.schema(schema));
    }
}
