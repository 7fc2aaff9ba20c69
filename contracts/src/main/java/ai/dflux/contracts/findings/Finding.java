package ai.dflux.contracts.findings;

/**
 * Something in the source that will not carry over as it is.
 *
 * @param ruleId the stable id of the rule that found it ({@code MYSQL_ZERO_DATE})
 * @param objectKind {@code table}, {@code column}, {@code index}, {@code routine}, {@code setting}, ...
 * @param object the object's qualified name ({@code shop.orders.created_at})
 * @param message what is wrong, in words a DBA understands
 * @param remedy what to do about it, naming the exact setting or choice where there is one
 */
public record Finding(String ruleId, Severity severity, String objectKind, String object, String message,
        String remedy) {
}
