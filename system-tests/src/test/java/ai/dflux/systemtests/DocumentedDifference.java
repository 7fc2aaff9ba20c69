package ai.dflux.systemtests;

import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * The ways a converted corpus may differ from the corpus's own PostgreSQL port, each explained under its id in
 * {@code docs/conversion-vs-reference.md}. A difference no rule explains is a defect of the conversion (or of this
 * list): the comparison test fails on it.
 */
public enum DocumentedDifference {

    UNSIGNED_WIDENED((d, source) -> d.kind().equals("type") && source.contains("unsigned")
            && rank(d.ours()) > rank(d.reference())),
    MYSQL_TIMESTAMP_KEEPS_ITS_ZONE((d, source) -> d.kind().equals("type") && source.startsWith("timestamp")
            && d.ours().equals("timestamp(0) with time zone") && d.reference().equals("timestamp without time zone")),
    SOURCE_PRECISION_KEPT((d, source) -> d.kind().equals("type") && (source.startsWith("datetime")
            || source.equals("date") && d.ours().startsWith("timestamp(0)"))
            && d.ours().equals("timestamp(0) without time zone")
            && d.reference().equals("timestamp without time zone")),
    PORT_DROPS_THE_TIME((d, source) -> d.kind().equals("type") && d.reference().equals("date")
            && d.ours().equals("timestamp(0) without time zone")),
    FLAG_KEEPS_ITS_SOURCE_TYPE((d, source) -> d.kind().equals("type") && (source.equals("tinyint(1)")
            || source.equals("char(1)") || source.startsWith("number") || source.equals("integer"))
            && (d.reference().equals("boolean") || d.reference().equals("integer"))
            && List.of("smallint", "character(1)", "numeric(38,0)").contains(d.ours())),
    YEAR_AS_CHECKED_SMALLINT((d, source) -> d.kind().equals("type") && source.startsWith("year")
            && d.ours().equals("smallint") && d.reference().equals("year")),
    ENUM_TYPE_PER_COLUMN((d, source) -> d.kind().equals("type") && source.startsWith("enum(")
            && d.ours().endsWith("_" + d.item())),
    MYSQL_CHAR_AS_VARCHAR((d, source) -> d.kind().equals("type") && source.startsWith("char(")
            && d.ours().startsWith("character varying(") && d.reference().startsWith("character(")),
    ORACLE_INTEGER_IS_NUMBER_38((d, source) -> d.kind().equals("type") && (source.equals("integer")
            || source.equals("int") || source.equals("smallint") || source.equals("number(38)")
            || source.equals("number(38,0)"))
            && d.ours().equals("numeric(38,0)")),
    ORACLE_NUMBER_WITHOUT_PRECISION((d, source) -> d.kind().equals("type") && source.equals("number")
            && d.ours().equals("numeric")),
    PORT_INVENTS_A_TYPE((d, source) -> d.kind().equals("type") && source.startsWith("varchar")
            && d.ours().startsWith("character varying(")
            && (d.reference().endsWith("[]") || d.reference().equals("year") || d.reference().endsWith("rating"))),
    PORT_ADDS_COLUMNS((d, source) -> d.kind().equals("column only in reference")
            && List.of("film.fulltext", "customer.activebool").contains(d.table() + "." + d.item())),
    PORT_LEAVES_OUT_PAYMENT_LAST_UPDATE((d, source) -> d.kind().equals("column only in ours")
            && (d.table() + "." + d.item()).equals("payment.last_update")),
    PORT_PARTITIONS_PAYMENT((d, source) -> d.kind().equals("table only in reference")
            && Pattern.matches("payment_p\\d{4}_\\d{2}", d.table())),
    PORT_REPLACES_FILM_TEXT((d, source) -> d.kind().equals("table only in ours") && d.table().equals("film_text"));

    private final BiPredicate<SchemaDifference, String> explains;

    DocumentedDifference(BiPredicate<SchemaDifference, String> explains) {
        this.explains = explains;
    }

    /** The rule that explains a difference, given the source type of its column (or "" when it has none). */
    public static DocumentedDifference explaining(SchemaDifference difference, String sourceType) {
        String source = sourceType == null ? "" : sourceType.toLowerCase(Locale.ROOT).replace(" byte", "")
                .replace(" char", "");
        for (DocumentedDifference rule : values()) {
            if (rule.explains.test(difference, source)) {
                return rule;
            }
        }
        return null;
    }

    private static int rank(String type) {
        return switch (type) {
            case "smallint" -> 1;
            case "integer" -> 2;
            case "bigint" -> 3;
            default -> type.startsWith("numeric") ? 4 : 0;
        };
    }
}
