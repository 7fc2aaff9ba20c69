package ai.dflux.compatibility.domain.sql;

import net.sf.jsqlparser.statement.select.Join;

/** The keywords of a join ({@code LEFT JOIN}, {@code CROSS JOIN}, ...), which PostgreSQL spells as MySQL and Oracle do. */
final class JoinKinds {

    private JoinKinds() {
    }

    static String keywords(Join join) {
        StringBuilder keywords = new StringBuilder();
        if (join.isNatural()) {
            keywords.append("NATURAL ");
        }
        if (join.isLeft()) {
            keywords.append("LEFT ");
        } else if (join.isRight()) {
            keywords.append("RIGHT ");
        } else if (join.isFull()) {
            keywords.append("FULL ");
        } else if (join.isCross()) {
            keywords.append("CROSS ");
        } else if (join.isInner()) {
            keywords.append("INNER ");
        }
        if (join.isOuter()) {
            keywords.append("OUTER ");
        }
        return keywords.append("JOIN").toString();
    }
}
