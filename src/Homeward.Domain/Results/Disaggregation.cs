namespace Homeward.Domain.Results;

/// <summary>What a computed indicator can be broken down by.</summary>
public enum Disaggregation
{
    Sex,
    AgeGroup,
    Vulnerability,
    Country,
    Location,
    ReturnType,
    Office,
    /// <summary>Only for cases closed by reason.</summary>
    ClosureReason,
    /// <summary>Only for assistance and budget: the dimension of the budget line.</summary>
    AssistanceDimension,
    /// <summary>Only for assistance: cash (any money transfer or voucher) or in kind.</summary>
    AssistanceForm,
    /// <summary>Only for community project participants: Returnee or NonMigrant.</summary>
    ParticipantType,
    /// <summary>Only for capacity strengthening: training, technical support or equipment.</summary>
    CapacityActivity,
    /// <summary>Only for capacity strengthening: the type of the institutions strengthened.</summary>
    StakeholderType,
}
