namespace Homeward.Domain.Cases;

public enum ReturnType
{
    VoluntaryAssisted,
    Spontaneous,
    Forced,
}
