package ai.dflux.compatibility.domain.names;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The key words of PostgreSQL 15 with their category, as {@code pg_get_keywords()} lists them
 * ({@code PostgresKeywordsIT} compares this list with a real server). An identifier that is a key word of any category
 * but {@link Category#UNRESERVED} is quoted, as {@code quote_ident} does.
 */
public final class PostgresKeywords {

    /** The categories of {@code pg_get_keywords().catcode}. */
    public enum Category {
        /** {@code U}: usable as any name. */
        UNRESERVED("U"),
        /** {@code C}: usable as a column name, not as a function or type name. */
        COLUMN_NAME("C"),
        /** {@code T}: usable as a function or type name, not as a column name. */
        TYPE_OR_FUNCTION_NAME("T"),
        /** {@code R}: reserved. */
        RESERVED("R");

        private final String code;

        Category(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private static final String UNRESERVED = """
            abort absolute access action add admin after aggregate also alter always asensitive assertion
            assignment at atomic attach attribute backward before begin breadth by cache call called cascade
            cascaded catalog chain characteristics checkpoint class close cluster columns comment comments
            commit committed compression configuration conflict connection constraints content continue
            conversion copy cost csv cube current cursor cycle data database day deallocate declare defaults
            deferred definer delete delimiter delimiters depends depth detach dictionary disable discard
            document domain double drop each enable encoding encrypted enum escape event exclude excluding
            exclusive execute explain expression extension external family filter finalize first following
            force forward function functions generated global granted groups handler header hold hour
            identity if immediate immutable implicit import include including increment index indexes
            inherit inherits inline input insensitive insert instead invoker isolation key label language
            large last leakproof level listen load local location lock locked logged mapping match matched
            materialized maxvalue merge method minute minvalue mode month move name names new next nfc nfd
            nfkc nfkd no normalized nothing notify nowait nulls object of off oids old operator option
            options ordinality others over overriding owned owner parallel parameter parser partial
            partition passing password plans policy preceding prepare prepared preserve prior privileges
            procedural procedure procedures program publication quote range read reassign recheck recursive
            ref referencing refresh reindex relative release rename repeatable replace replica reset restart
            restrict return returns revoke role rollback rollup routine routines rows rule savepoint schema
            schemas scroll search second security sequence sequences serializable server session set sets
            share show simple skip snapshot sql stable standalone start statement statistics stdin stdout
            storage stored strict strip subscription support sysid system tables tablespace temp template
            temporary text ties transaction transform trigger truncate trusted type types uescape unbounded
            uncommitted unencrypted unknown unlisten unlogged until update vacuum valid validate validator
            value varying version view views volatile whitespace within without work wrapper write xml year
            yes zone""";

    private static final String COLUMN_NAME = """
            between bigint bit boolean char character coalesce dec decimal exists extract float greatest
            grouping inout int integer interval least national nchar none normalize nullif numeric out
            overlay position precision real row setof smallint substring time timestamp treat trim values
            varchar xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi
            xmlroot xmlserialize xmltable""";

    private static final String TYPE_OR_FUNCTION_NAME = """
            authorization binary collation concurrently cross current_schema freeze full ilike inner is
            isnull join left like natural notnull outer overlaps right similar tablesample verbose""";

    private static final String RESERVED = """
            all analyse analyze and any array as asc asymmetric both case cast check collate column
            constraint create current_catalog current_date current_role current_time current_timestamp
            current_user default deferrable desc distinct do else end except false fetch for foreign from
            grant group having in initially intersect into lateral leading limit localtime localtimestamp
            not null offset on only or order placing primary references returning select session_user some
            symmetric table then to trailing true union unique user using variadic when where window with""";

    private static final Map<String, Category> KEYWORDS = load();

    private PostgresKeywords() {
    }

    /** Every key word (lower case) with its category, in alphabetical order. */
    public static Map<String, Category> all() {
        return KEYWORDS;
    }

    /** Whether {@code word} (any case) must be quoted to be used as an identifier. */
    public static boolean needsQuoting(String word) {
        Category category = KEYWORDS.get(word.toLowerCase(Locale.ROOT));
        return category != null && category != Category.UNRESERVED;
    }

    private static Map<String, Category> load() {
        Map<String, Category> keywords = new TreeMap<>();
        add(keywords, UNRESERVED, Category.UNRESERVED);
        add(keywords, COLUMN_NAME, Category.COLUMN_NAME);
        add(keywords, TYPE_OR_FUNCTION_NAME, Category.TYPE_OR_FUNCTION_NAME);
        add(keywords, RESERVED, Category.RESERVED);
        return Collections.unmodifiableMap(keywords);
    }

    private static void add(Map<String, Category> keywords, String words, Category category) {
        Arrays.stream(words.split("\\s+")).filter(w -> !w.isEmpty()).forEach(w -> keywords.put(w, category));
    }
}
