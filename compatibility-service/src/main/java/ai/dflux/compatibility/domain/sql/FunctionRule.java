package ai.dflux.compatibility.domain.sql;

import net.sf.jsqlparser.expression.Function;

/**
 * Writes the PostgreSQL form of one source function call. What it writes is a single term (a call, a CASE, or an
 * operator expression in parentheses), so callers may append {@code ::type} to it.
 */
@FunctionalInterface
interface FunctionRule {

    void write(Function function, TranslationContext context);
}
