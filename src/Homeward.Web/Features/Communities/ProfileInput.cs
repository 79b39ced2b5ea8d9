using Homeward.Domain.Communities;

namespace Homeward.Web.Features.Communities;

/// <summary>A community profile as the API and the profile form send it. <see cref="Version"/> is required to edit.</summary>
public sealed class ProfileInput
{
    public string? Name { get; set; }
    public List<Guid>? LocationIds { get; set; }
    public int? Population { get; set; }
    public string? Needs { get; set; }
    public string? Resources { get; set; }
    public string? ReturnImpact { get; set; }
    public string? MigrationDrivers { get; set; }
    public string? ReintegrationBarriers { get; set; }
    public string? ResilienceSources { get; set; }
    public string? LabourMarket { get; set; }
    public string? ExistingInitiatives { get; set; }
    public string? Tensions { get; set; }
    public DateOnly? ProfiledOn { get; set; }
    public string? Method { get; set; }
    public string? SessionParticipants { get; set; }
    public int? ReturneesInSessions { get; set; }
    public int? NonMigrantsInSessions { get; set; }
    public ConditionJudgement? LocalInterest { get; set; }
    public ConditionJudgement? MotivatedReturnees { get; set; }
    public ConditionJudgement? BasicInfrastructure { get; set; }
    public ConditionJudgement? ServicesPresent { get; set; }
    public ConditionJudgement? StabilityAndOpportunity { get; set; }
    public ConditionJudgement? ActiveCivilSociety { get; set; }
    public int? Version { get; set; }

    /// <summary>The free-text sections, with the field names the API uses.</summary>
    public IEnumerable<(string Field, string? Value)> Texts() =>
    [
        ("needs", Needs), ("resources", Resources), ("returnImpact", ReturnImpact), ("migrationDrivers", MigrationDrivers),
        ("reintegrationBarriers", ReintegrationBarriers), ("resilienceSources", ResilienceSources), ("labourMarket", LabourMarket),
        ("existingInitiatives", ExistingInitiatives), ("tensions", Tensions), ("sessionParticipants", SessionParticipants),
    ];

    public static ProfileInput From(CommunityProfile p) => new()
    {
        Name = p.Name, LocationIds = p.Places.Select(x => x.LocationId).ToList(), Population = p.Population, Needs = p.Needs, Resources = p.Resources,
        ReturnImpact = p.ReturnImpact, MigrationDrivers = p.MigrationDrivers, ReintegrationBarriers = p.ReintegrationBarriers,
        ResilienceSources = p.ResilienceSources, LabourMarket = p.LabourMarket, ExistingInitiatives = p.ExistingInitiatives, Tensions = p.Tensions,
        ProfiledOn = p.ProfiledOn, Method = p.Method, SessionParticipants = p.SessionParticipants, ReturneesInSessions = p.ReturneesInSessions,
        NonMigrantsInSessions = p.NonMigrantsInSessions, LocalInterest = p.LocalInterest, MotivatedReturnees = p.MotivatedReturnees,
        BasicInfrastructure = p.BasicInfrastructure, ServicesPresent = p.ServicesPresent, StabilityAndOpportunity = p.StabilityAndOpportunity,
        ActiveCivilSociety = p.ActiveCivilSociety, Version = p.Version,
    };
}
