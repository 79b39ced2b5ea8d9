namespace Homeward.Domain.Plans;

public enum PlanStatus
{
    /// <summary>Being drafted with the returnee; editable.</summary>
    Draft,
    /// <summary>Agreed by the returnee; the version in force.</summary>
    Agreed,
    /// <summary>An earlier agreed version, kept when the plan was revised.</summary>
    Superseded,
}

public enum ActivityStatus
{
    Planned,
    InProgress,
    Done,
    Cancelled,
}

public enum BudgetApproval
{
    /// <summary>At or below the programme's approval limit: payable once the plan is agreed.</summary>
    NotRequired,
    Pending,
    Approved,
    Rejected,
}
