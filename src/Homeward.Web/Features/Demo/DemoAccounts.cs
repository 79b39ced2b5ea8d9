using Homeward.Domain.Accounts;

namespace Homeward.Web.Features.Demo;

/// <summary>The demo programme's sign-ins, one per role, all with the same password.</summary>
public static class DemoAccounts
{
    public const string Password = "Homeward-demo-1";

    /// <param name="SensitiveData">Granted the permission to read counselling notes, findings and disability.</param>
    public sealed record Account(string Email, string Name, string Role, DemoOffice Office, bool SensitiveData = false);

    public enum DemoOffice { None, Dakar, Erbil, Partner }

    public static readonly IReadOnlyList<Account> All =
    [
        new("admin@demo.homeward", "Aïcha Administrator", Roles.Administrator, DemoOffice.None),
        new("manager@demo.homeward", "Moussa Sarr", Roles.ProgrammeManager, DemoOffice.Dakar),
        // A supervisor with the child-protection permission: approves best interests determinations and reads tracing records.
        new("childprotection@demo.homeward", "Ndèye Fall", Roles.ProgrammeManager, DemoOffice.Dakar, SensitiveData: true),
        new("casemanager@demo.homeward", "Fatou Ndiaye", Roles.CaseManager, DemoOffice.Dakar, SensitiveData: true),
        new("casemanager2@demo.homeward", "Karwan Aziz", Roles.CaseManager, DemoOffice.Erbil),
        new("me@demo.homeward", "Mariam Touré", Roles.MEOfficer, DemoOffice.None),
        new("partner@demo.homeward", "Ibou Faye", Roles.PartnerCaseWorker, DemoOffice.Partner),
        new("community@demo.homeward", "Awa Diop", Roles.CommunityOfficer, DemoOffice.Dakar),
        new("dpo@demo.homeward", "Layla Hassan", Roles.DataProtectionOfficer, DemoOffice.None),
    ];

    public static void PrintTo(TextWriter output, ICollection<string> urls)
    {
        output.WriteLine();
        output.WriteLine($"Homeward is running at {string.Join(", ", urls)}");
        output.WriteLine($"Demo sign-ins (password for all: {Password}):");
        foreach (var a in All) output.WriteLine($"  {a.Email,-30} {a.Role}{(a.SensitiveData ? " + sensitive data" : "")}");
        output.WriteLine();
    }
}
