package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.RoutineInfo;
import ai.dflux.contracts.catalog.TriggerInfo;
import ai.dflux.contracts.catalog.ViewInfo;
import ai.dflux.contracts.findings.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule that finds a construct in stored code (routines, triggers, view definitions) by a word sequence, outside
 * string literals and comments. It only flags code for a person or the converter to look at; conversion itself parses.
 */
abstract class CodeRule extends DialectRule {

    private final Pattern construct;

    /** @param words the construct as a sequence of keywords, matched case-insensitively with any whitespace between */
    CodeRule(Set<String> dialects, String... words) {
        super(dialects);
        this.construct = Pattern.compile("\\b" + String.join("\\s+", words) + "\\b", Pattern.CASE_INSENSITIVE);
    }

    abstract String message(String kind, String object);

    abstract String remedy();

    @Override
    List<Finding> findIn(Catalog catalog) {
        List<Finding> found = new ArrayList<>();
        for (RoutineInfo routine : catalog.routines()) {
            report(found, routine.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    routine.schema() + "." + routine.name(), routine.body());
        }
        for (TriggerInfo trigger : catalog.triggers()) {
            report(found, "trigger", trigger.schema() + "." + trigger.name(), trigger.body());
        }
        for (ViewInfo view : catalog.views()) {
            report(found, "view", view.schema() + "." + view.name(), view.definition());
        }
        return found;
    }

    private void report(List<Finding> found, String kind, String object, String code) {
        if (code != null && construct.matcher(CodeText.withoutLiteralsAndComments(code)).find()) {
            found.add(finding(kind, object, message(kind, object), remedy()));
        }
    }
}
