package ai.dflux.compatibility.domain.sql;

import ai.dflux.contracts.Dialect;
import net.sf.jsqlparser.statement.select.Select;

/** Parses the source SQL with JSqlParser and writes its tree back in PostgreSQL's SQL. */
abstract class ParsedSqlTranslator implements SqlTranslator {

    private final Dialect dialect;
    private final SourceSyntax syntax;
    private final FunctionRules functions;

    ParsedSqlTranslator(Dialect dialect, SourceSyntax syntax) {
        this.dialect = dialect;
        this.syntax = syntax;
        this.functions = FunctionRules.forSyntax(syntax);
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public Translation expression(String sql, String sourceSchema, String table, TargetNames names) {
        try {
            SqlParsing.ParsedDefault parsed = SqlParsing.expression(sql, syntax);
            TranslationContext context = new TranslationContext(syntax, names, functions);
            context.enter(QueryScope.ofTable(new SourceRelation(sourceSchema, table), context));
            if (parsed.expression() == null) {
                context.write("NULL");
            } else {
                context.write(parsed.expression());
            }
            if (parsed.onUpdate() != null) {
                context.warn("ON UPDATE " + parsed.onUpdate() + " is not a default: that behaviour needs a trigger, "
                        + "which comes with the code conversion");
            }
            return finished(sql, context);
        } catch (UntranslatableSql e) {
            return Translation.failed(e.getMessage());
        }
    }

    @Override
    public Translation query(String sql, TargetNames names) {
        try {
            ViewOptions options = syntax == SourceSyntax.ORACLE ? ViewOptions.of(sql) : new ViewOptions(sql, null);
            Select select = SqlParsing.query(options.query(), syntax);
            TranslationContext context = new TranslationContext(syntax, names, functions);
            if (options.option() != null) {
                context.warn("the view's " + options.option() + " is not carried over: PostgreSQL's CREATE VIEW"
                        + " would need it written by hand (a read-only view: grant SELECT only)");
            }
            select.accept(context.expressions().getSelectVisitor(), null);
            return finished(sql, context);
        } catch (UntranslatableSql e) {
            return Translation.failed(e.getMessage());
        }
    }

    /** The translation of a parsed text; a dialect may prefer its source text. */
    Translation finished(String sql, TranslationContext context) {
        return Translation.of(context.text(), context.warnings());
    }
}
