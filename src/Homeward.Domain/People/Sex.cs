namespace Homeward.Domain.People;

public enum Sex
{
    Female,
    Male,
    Other,
    Unknown,
}
