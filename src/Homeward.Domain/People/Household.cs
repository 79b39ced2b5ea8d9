namespace Homeward.Domain.People;

/// <summary>The people who returned or live together with a principal returnee; each member is a person in their own right.</summary>
public class Household
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? PrincipalPersonId { get; set; }
}
