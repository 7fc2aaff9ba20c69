package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import java.util.List;
import ai.dflux.contracts.catalog.RoutineInfo;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Package variables keep state per session, which PostgreSQL functions do not. */
class OraclePackageStateRule implements FindingRule {

    @Override
    public String id() {
        return "ORACLE_PACKAGE_STATE";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(Catalog catalog) {
        return catalog.routines().stream()
                .filter(r -> r.kind() == RoutineInfo.Kind.PACKAGE && r.body() != null && declaresState(r.body()))
                .map(r -> finding("package", r.schema() + "." + r.name(), "the package declares variables in its"
                        + " specification, which keep their value for the whole session",
                        "package state becomes session settings (set_config/current_setting) or a temporary table;"
                                + " review every writer of the state"))
                .toList();
    }

    /** {@code [CREATE [OR REPLACE]] PACKAGE name [AUTHID ...] IS|AS}: what follows it are the declarations. */
    private static final Pattern HEADER = Pattern.compile(
            "\\bPACKAGE\\s+(?!BODY\\b)[\\w$#.\"]+\\s+(?:AUTHID\\s+\\w+\\s+)?(?:IS|AS)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Whether a package specification declares a variable (a declaration that is not a subprogram, type or cursor). */
    static boolean declaresState(String specification) {
        String code = CodeText.withoutLiteralsAndComments(specification);
        Matcher header = HEADER.matcher(code);
        String declarations = header.find() ? code.substring(header.end()) : code;
        for (String declaration : declarations.split(";")) {
            String words = declaration.trim().toUpperCase(Locale.ROOT);
            if (words.isEmpty() || words.startsWith("END") || words.startsWith("PROCEDURE")
                    || words.startsWith("FUNCTION") || words.startsWith("TYPE") || words.startsWith("SUBTYPE")
                    || words.startsWith("CURSOR") || words.startsWith("PRAGMA") || words.contains(" CONSTANT ")
                    || words.contains(" EXCEPTION") || words.startsWith("RETURN") || !words.matches("^[A-Z_][A-Z0-9_$#]*\\s+.*")) {
                continue;
            }
            return true;
        }
        return false;
    }
}
