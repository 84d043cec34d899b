package dev.atelier.asset;

import dev.atelier.asset.budget.BudgetResult;
import dev.atelier.asset.model.ModelStats;
import java.util.List;

/**
 * Everything the inspector knows about one file: type and size, image or video dimensions, frames,
 * media duration,
 * model statistics, validation issues and budget results (against {@code profile}).
 */
public record AssetReport(String fileName, AssetType assetType, long bytes, Integer width, Integer height, Integer frames,
                          Double durationSeconds, ModelStats model, List<Issue> issues, String profile, List<BudgetResult> budget) {
    public AssetReport {
        issues = List.copyOf(issues);
        budget = budget == null ? List.of() : List.copyOf(budget);
    }

    public String type() {
        return assetType.id();
    }

    public AssetKind kind() {
        return assetType.kind();
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == Issue.Severity.ERROR);
    }

    public boolean budgetFailed() {
        return budget.stream().anyMatch(b -> b.result() == BudgetResult.Verdict.FAIL);
    }

    AssetReport withBudget(String profileName, List<BudgetResult> results) {
        return new AssetReport(fileName, assetType, bytes, width, height, frames, durationSeconds, model, issues, profileName, results);
    }
}
