namespace Homeward.Web.Infrastructure.Auth;

/// <summary>Named authorization policies. Record-level checks happen in the data scope on top of these.</summary>
public static class Policies
{
    /// <summary>Anyone working for the programme (not partners).</summary>
    public const string Staff = nameof(Staff);
    /// <summary>Registering returnees and working their cases.</summary>
    public const string CaseWork = nameof(CaseWork);
    /// <summary>Supervising caseloads: transfers, approvals.</summary>
    public const string Supervision = nameof(Supervision);
    /// <summary>Monitoring and evaluation: the results framework, indicators, statistics dashboards and exports (M&amp;E officers, programme managers).</summary>
    public const string Monitoring = nameof(Monitoring);
    /// <summary>The data protection officer's oversight: audit log, access reports.</summary>
    public const string DataProtection = nameof(DataProtection);
    /// <summary>Recording and deciding a returnee's request to correct their data: case workers and the data protection officer.</summary>
    public const string Rectification = nameof(Rectification);
}
