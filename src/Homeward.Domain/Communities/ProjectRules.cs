namespace Homeward.Domain.Communities;

/// <summary>The rules a community project's figures and dates keep.</summary>
public static class ProjectRules
{
    public static void Check(CommunityProject project)
    {
        if (project.Budget < 0)
            throw new DomainRuleException("project-budget", "The budget cannot be negative.", "budget");
        if (project.Spent < 0)
            throw new DomainRuleException("project-spent", "Spending cannot be negative.", "spent");
        if (project.Spent > project.Budget)
            throw new DomainRuleException("project-overspent", $"Spending ({project.Spent:0.00}) cannot exceed the budget ({project.Budget:0.00}).", "spent");
        if (project.EndOn is { } end && end < project.StartOn)
            throw new DomainRuleException("project-dates", "The end date cannot be before the start date.", "endOn");
        if (project.Status == ProjectStatus.Completed && project.EndOn is null)
            throw new DomainRuleException("project-end-missing", "A completed project needs its end date.", "endOn");
    }

    /// <summary>A returnee takes part in a project once, and not in one that has ended.</summary>
    public static void CheckJoin(CommunityProject project, bool alreadyIn)
    {
        if (alreadyIn)
            throw new DomainRuleException("already-participant", "This returnee already takes part in the project.", "caseId", isConflict: true);
        if (project.Status is ProjectStatus.Completed or ProjectStatus.Cancelled)
            throw new DomainRuleException("project-closed", "The project has ended; no one can join it now.", "status", isConflict: true);
    }

    public static void CheckCount(int count, string field)
    {
        if (count < 0) throw new DomainRuleException("negative-count", "A count cannot be negative.", field);
    }
}
