namespace Homeward.Domain.Accounts;

/// <summary>The roles of the people who use Homeward (see the domain primer, "People who use the system").</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string ProgrammeManager = nameof(ProgrammeManager);
    public const string CaseManager = nameof(CaseManager);
    public const string MEOfficer = nameof(MEOfficer);
    public const string PartnerCaseWorker = nameof(PartnerCaseWorker);
    public const string CommunityOfficer = nameof(CommunityOfficer);
    public const string DataProtectionOfficer = nameof(DataProtectionOfficer);

    public static readonly IReadOnlyList<string> All =
        [Administrator, ProgrammeManager, CaseManager, MEOfficer, PartnerCaseWorker, CommunityOfficer, DataProtectionOfficer];
}
