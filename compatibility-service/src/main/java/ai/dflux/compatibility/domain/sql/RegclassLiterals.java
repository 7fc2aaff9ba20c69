package ai.dflux.compatibility.domain.sql;

import java.util.Locale;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;

/**
 * PostgreSQL names a sequence in a string: {@code nextval('actor_actor_id_seq'::regclass)}. The name in the string is
 * renamed like any relation, and qualified when the target schema differs.
 */
final class RegclassLiterals {

    private RegclassLiterals() {
    }

    static void write(CastExpression cast, TranslationContext context, Runnable otherwise) {
        if (!(cast.getLeftExpression() instanceof StringValue literal)
                || !"regclass".equals(cast.getColDataType().getDataType().toLowerCase(Locale.ROOT))) {
            otherwise.run();
            return;
        }
        Column name = parsedName(literal.getValue().replace("''", "'"));
        TargetNames names = context.names();
        String schema = name.getTable() != null && name.getTable().getName() != null
                ? context.syntax().sourceName(name.getTable().getName()) : names.defaultSchema();
        String relation = names.relation(schema, context.syntax().sourceName(name.getColumnName()));
        String targetSchema = names.schema(schema);
        boolean qualify = name.getTable() != null || !targetSchema.equals(schema);
        String target = qualify ? targetSchema + "." + relation : relation;
        if (!target.equals(literal.getValue())) {
            context.noteRenamed();
        }
        context.write(StringLiterals.postgres(target) + "::regclass");
    }

    private static Column parsedName(String text) {
        try {
            Expression parsed = CCJSqlParserUtil.parseExpression(text, false);
            if (parsed instanceof Column column) {
                return column;
            }
        } catch (JSQLParserException e) {
            // reported below
        }
        throw new UntranslatableSql("a regclass literal that is not a relation name: " + text);
    }
}
