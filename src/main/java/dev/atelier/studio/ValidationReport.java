package dev.atelier.studio;

import java.util.List;

/** The findings for one item or collection and the badge they add up to. */
public record ValidationReport(List<Issue> issues) {
    public ValidationReport {
        issues = List.copyOf(issues);
    }

    public Verdict verdict() {
        if (issues.stream().anyMatch(Issue::isError)) {
            return Verdict.ERRORS;
        }
        return issues.isEmpty() ? Verdict.READY : Verdict.WARNINGS;
    }

    public long errors() {
        return issues.stream().filter(Issue::isError).count();
    }

    public long warnings() {
        return issues.size() - errors();
    }
}
