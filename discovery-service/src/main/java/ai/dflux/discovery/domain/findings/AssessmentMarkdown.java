package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import java.util.Map;

/** The assessment as a Markdown page a DBA can hand to a manager. */
public final class AssessmentMarkdown {

    private AssessmentMarkdown() {
    }

    public static String render(String migrationName, Assessment assessment) {
        StringBuilder md = new StringBuilder();
        md.append("# Migration assessment: ").append(escape(migrationName)).append("\n\n");
        md.append("Source: ").append(assessment.dialect()).append(" database `").append(assessment.database())
                .append("`.");
        if (assessment.partial()) {
            md.append(" **The catalog is partial: some objects could not be read, so this report is incomplete.**");
        }
        md.append("\n\n## Summary\n\n");
        int blockers = assessment.findingsBySeverity().get(Severity.BLOCKER);
        md.append(blockers == 0 ? "No blocker was found: the migration can proceed.\n\n"
                : blockers + " blocker(s) must be resolved before the migration can proceed.\n\n");
        md.append("| Conversion effort | Objects |\n| --- | ---: |\n");
        assessment.effortSummary().forEach((effort, n) -> md.append("| ").append(label(effort)).append(" | ")
                .append(n).append(" |\n"));
        md.append("\n| Findings | Count |\n| --- | ---: |\n");
        assessment.findingsBySeverity().forEach((severity, n) -> md.append("| ")
                .append(severity.name().toLowerCase()).append(" | ").append(n).append(" |\n"));
        md.append("\n## Objects\n\n| Kind | Count |\n| --- | ---: |\n");
        for (Map.Entry<String, Integer> count : assessment.counts().entrySet()) {
            if (count.getValue() > 0) {
                md.append("| ").append(count.getKey()).append(" | ").append(count.getValue()).append(" |\n");
            }
        }
        md.append("\n## Findings\n\n");
        if (assessment.findings().isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| Severity | Rule | Object | What | Remedy |\n| --- | --- | --- | --- | --- |\n");
            for (Finding f : assessment.findings()) {
                md.append("| ").append(f.severity().name().toLowerCase()).append(" | ").append(f.ruleId())
                        .append(" | ").append(escape(f.object())).append(" | ").append(escape(f.message()))
                        .append(" | ").append(escape(f.remedy())).append(" |\n");
            }
        }
        md.append("\n## Effort per object\n\n| Kind | Object | Effort | Because of |\n| --- | --- | --- | --- |\n");
        for (Assessment.ObjectEffort o : assessment.objects()) {
            md.append("| ").append(o.kind()).append(" | ").append(escape(o.name())).append(" | ")
                    .append(label(o.effort())).append(" | ").append(String.join(", ", o.ruleIds())).append(" |\n");
        }
        return md.toString();
    }

    private static String label(Effort effort) {
        return switch (effort) {
            case AUTOMATIC -> "automatic";
            case WITH_WARNINGS -> "automatic, with warnings";
            case MANUAL -> "manual";
        };
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
