namespace Homeward.Domain.Accounts;

/// <summary>Permissions an administrator grants a user on top of their role.</summary>
public static class Permissions
{
    /// <summary>Reading counselling notes, assessment findings, disability and follow-up findings, even inside one's scope.</summary>
    public const string SensitiveData = nameof(SensitiveData);
}
