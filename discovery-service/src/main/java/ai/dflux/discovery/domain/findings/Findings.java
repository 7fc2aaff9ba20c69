package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every finding rule over a catalog and orders what they found, blockers first. */
public final class Findings {

    private static final List<FindingRule> RULES = List.of(
            new PartialCatalogRule(), new TableWithoutPrimaryKeyRule(), new NamesCollideAfterFoldingRule(), new LongNameRule(),
            new LongColumnNameRule(), new ReservedWordTableRule(), new ReservedWordColumnRule(),
            new LargeObjectColumnRule(), new PartitionedTableRule(), new MaterializedViewRule(), new DynamicSqlRule(),
            new MySqlZeroDateRule(), new MySqlUnsignedIntegerRule(), new MySqlEnumRule(), new MySqlSetRule(),
            new MySqlOnUpdateTimestampRule(), new MySqlYearRule(), new MySqlTinyintBooleanRule(), new MySqlBitRule(),
            new MySqlSpatialColumnRule(), new MySqlZerofillRule(), new MySqlFloatScaleRule(),
            new MySqlFulltextIndexRule(), new MySqlSpatialIndexRule(), new MySqlPrefixIndexRule(),
            new MySqlCaseInsensitiveUniqueRule(), new MySqlGroupConcatRule(), new MySqlFoundRowsRule(),
            new OracleNumberWithoutPrecisionRule(), new OracleDateWithTimeRule(), new OracleLongTypeRule(),
            new OracleEmptyStringIsNullRule(), new OracleConnectByRule(), new OracleAutonomousTransactionRule(),
            new OracleRownumRule(), new OracleSynonymRule(), new OracleObjectTypeRule(),
            new OracleSequenceTriggerRule(), new OraclePackageStateRule(), new PostgresExtensionRule());

    private Findings() {
    }

    public static List<FindingRule> rules() {
        return RULES;
    }

    /**
     * Every finding of every rule. A rule that fails on an unexpected catalog becomes a finding of its own instead of
     * hiding the others.
     */
    public static List<Finding> of(Catalog catalog) {
        List<Finding> found = new ArrayList<>();
        for (FindingRule rule : RULES) {
            try {
                found.addAll(rule.check(catalog));
            } catch (RuntimeException e) {
                found.add(new Finding("RULE_FAILED", Severity.WARNING, "rule", rule.id(), "the rule " + rule.id()
                        + " could not check this catalog: " + e, "report it; the other rules ran"));
            }
        }
        return sorted(found);
    }

    /** Blockers first, then by rule and object, so that reports read the same on every run. */
    public static List<Finding> sorted(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId)
                .thenComparing(Finding::object));
        return sorted;
    }
}
