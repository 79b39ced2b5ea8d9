namespace Homeward.Data;

/// <summary>
/// Which records the current user may see. The database context applies it as a query filter, so every
/// query of cases passes through it and a new endpoint cannot forget it.
/// </summary>
public interface IDataScope
{
    /// <summary>True for system work (migrations, jobs, operator commands) and programme-wide roles.</summary>
    bool SeesAllCases { get; }
    /// <summary>The office whose cases the user sees when <see cref="SeesAllCases"/> is false; null sees none.</summary>
    Guid? OfficeId { get; }
    /// <summary>Cases outside the office opened by the user with break-glass access that has not yet expired.</summary>
    Guid[] GrantedCaseIds { get; }
    /// <summary>For a partner's case worker: their organisation, whose referrals are all they see; null for staff.</summary>
    Guid? PartnerOrganisationId => null;
}

/// <summary>The scope of the system itself: everything.</summary>
public sealed class SystemDataScope : IDataScope
{
    public static readonly SystemDataScope Instance = new();
    public bool SeesAllCases => true;
    public Guid? OfficeId => null;
    public Guid[] GrantedCaseIds => [];
}
