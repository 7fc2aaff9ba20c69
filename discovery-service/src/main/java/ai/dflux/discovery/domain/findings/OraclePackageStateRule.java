package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import java.util.List;
import ai.dflux.contracts.catalog.RoutineInfo;
import java.util.Locale;

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

    /** Whether a package specification declares a variable (a declaration that is not a subprogram, type or cursor). */
    static boolean declaresState(String specification) {
        String code = CodeText.withoutLiteralsAndComments(specification);
        int start = code.toUpperCase(Locale.ROOT).indexOf(" AS");
        int is = code.toUpperCase(Locale.ROOT).indexOf(" IS");
        int header = start < 0 ? is : is < 0 ? start : Math.min(start, is);
        for (String declaration : code.substring(Math.max(header + 3, 0)).split(";")) {
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
