package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assessment of a source: how many objects of each kind it has, the findings by severity, and the expected
 * conversion effort of each object.
 *
 * @param objects every table, view, sequence, routine, trigger and type with its effort
 */
public record Assessment(String dialect, String database, boolean partial, Map<String, Integer> counts,
        Map<Severity, Integer> findingsBySeverity, Map<Effort, Integer> effortSummary, List<ObjectEffort> objects,
        List<Finding> findings) {

    /** One object and the effort its conversion takes, with the ids of the findings that decided it. */
    public record ObjectEffort(String kind, String name, Effort effort, List<String> ruleIds) {
    }

    public static Assessment of(Catalog catalog, List<Finding> findings) {
        List<ObjectEffort> objects = new ArrayList<>();
        catalog.tables().forEach(t -> objects.add(effort("table", t.qualifiedName(), findings, false)));
        catalog.views().forEach(v -> objects.add(effort(v.materialized() ? "materialized view" : "view",
                v.schema() + "." + v.name(), findings, false)));
        catalog.sequences().forEach(s -> objects.add(effort("sequence", s.schema() + "." + s.name(), findings, false)));
        boolean foreignCode = !"postgresql".equals(catalog.dialect());
        catalog.routines().forEach(r -> objects.add(effort(r.kind().name().toLowerCase().replace('_', ' '),
                r.schema() + "." + r.name(), findings, foreignCode)));
        catalog.triggers().forEach(t -> objects.add(effort("trigger", t.schema() + "." + t.name(), findings,
                foreignCode)));
        catalog.types().forEach(t -> objects.add(effort("type", t.schema() + "." + t.name(), findings, false)));

        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, (int) findings.stream().filter(f -> f.severity() == severity).count());
        }
        Map<Effort, Integer> summary = new EnumMap<>(Effort.class);
        for (Effort effort : Effort.values()) {
            summary.put(effort, (int) objects.stream().filter(o -> o.effort() == effort).count());
        }
        return new Assessment(catalog.dialect(), catalog.database(), catalog.partial(),
                new LinkedHashMap<>(catalog.counts()), bySeverity, summary, objects, findings);
    }

    /**
     * An object is MANUAL when a blocker concerns it, WITH_WARNINGS when a warning does (or when it is stored code
     * written in another dialect, which is converted and must be checked), else AUTOMATIC. A finding concerns an
     * object when it names the object or one of its parts ({@code table.column}).
     */
    private static ObjectEffort effort(String kind, String name, List<Finding> findings, boolean foreignCode) {
        List<Finding> concerning = findings.stream()
                .filter(f -> f.object().equals(name) || f.object().startsWith(name + ".")).toList();
        Effort effort = concerning.stream().anyMatch(f -> f.severity() == Severity.BLOCKER) ? Effort.MANUAL
                : concerning.stream().anyMatch(f -> f.severity() == Severity.WARNING) || foreignCode
                        ? Effort.WITH_WARNINGS : Effort.AUTOMATIC;
        return new ObjectEffort(kind, name, effort, concerning.stream().map(Finding::ruleId).distinct().toList());
    }
}
