package ai.dflux.compatibility.domain.sql;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.parser.feature.Feature;
import net.sf.jsqlparser.parser.feature.FeatureConfiguration;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.Select;

/** Parses source SQL with JSqlParser in the calling thread, refusing anything left over after the parsed part. */
final class SqlParsing {

    /** A column default as MySQL/MariaDB reports it: the default and, apart, an {@code ON UPDATE} expression. */
    record ParsedDefault(Expression expression, Expression onUpdate) {
    }

    private SqlParsing() {
    }

    static Select query(String sql, SourceSyntax syntax) {
        CCJSqlParser parser = parser(sql, syntax);
        try {
            Statement statement = parser.Statement();
            if (!(statement instanceof Select select)) {
                throw new UntranslatableSql("not a query: " + statement.getClass().getSimpleName());
            }
            skip(parser, ";");
            expectEnd(parser);
            return select;
        } catch (ParseException | RuntimeException e) {
            throw notParsed(e);
        }
    }

    /**
     * An expression, optionally followed by MySQL's {@code ON UPDATE <expression>} (as the catalog appends it to a
     * column default); an {@code ON UPDATE} alone gives a null expression.
     */
    static ParsedDefault expression(String sql, SourceSyntax syntax) {
        CCJSqlParser parser = parser(sql, syntax);
        try {
            Expression expression = startsOnUpdate(parser) ? null : parser.Expression();
            Expression onUpdate = null;
            if (startsOnUpdate(parser)) {
                parser.getNextToken();
                parser.getNextToken();
                onUpdate = parser.Expression();
            }
            expectEnd(parser);
            return new ParsedDefault(expression, onUpdate);
        } catch (ParseException | RuntimeException e) {
            throw notParsed(e);
        }
    }

    private static CCJSqlParser parser(String sql, SourceSyntax syntax) {
        return CCJSqlParserUtil.newParser(sql).withConfiguration(new FeatureConfiguration()
                .setValue(Feature.allowBackslashEscapeCharacter, syntax.backslashEscapes()));
    }

    private static boolean startsOnUpdate(CCJSqlParser parser) {
        return "ON".equalsIgnoreCase(parser.getToken(1).image) && "UPDATE".equalsIgnoreCase(parser.getToken(2).image);
    }

    private static void skip(CCJSqlParser parser, String image) {
        if (image.equals(parser.getToken(1).image)) {
            parser.getNextToken();
        }
    }

    private static void expectEnd(CCJSqlParser parser) {
        Token next = parser.getToken(1);
        if (next.kind != CCJSqlParserConstants.EOF) {
            throw new UntranslatableSql("cannot parse: unexpected text at line " + next.beginLine + ", column " + next.beginColumn
                    + ": " + next.image);
        }
    }

    private static UntranslatableSql notParsed(Exception e) {
        if (e instanceof UntranslatableSql untranslatable) {
            return untranslatable;
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new UntranslatableSql("cannot parse: " + message.lines().findFirst().orElse(message));
    }
}
