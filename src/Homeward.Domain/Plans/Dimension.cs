namespace Homeward.Domain.Plans;

/// <summary>The dimensions of reintegration, plus immediate assistance on arrival.</summary>
public enum Dimension
{
    Immediate,
    Economic,
    Social,
    Psychosocial,
}
