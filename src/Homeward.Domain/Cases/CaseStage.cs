namespace Homeward.Domain.Cases;

/// <summary>The stages of the case-management cycle, in order.</summary>
public enum CaseStage
{
    Registered = 0,
    Assessment = 1,
    Planning = 2,
    Implementation = 3,
    Monitoring = 4,
    Closed = 5,
}
