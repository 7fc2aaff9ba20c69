package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.findings.Severity;

/** GROUP_CONCAT is MySQL's string aggregate. */
class MySqlGroupConcatRule extends CodeRule {

    MySqlGroupConcatRule() {
        super(Dialects.MYSQL_FAMILY, "GROUP_CONCAT");
    }

    @Override
    public String id() {
        return "MYSQL_GROUP_CONCAT";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    String message(String kind, String object) {
        return "the " + kind + " uses GROUP_CONCAT, whose result MySQL cuts at group_concat_max_len (1024 bytes by default)";
    }

    @Override
    String remedy() {
        return "rewritten to string_agg; PostgreSQL does not cut the result, so long values may now appear complete";
    }
}
