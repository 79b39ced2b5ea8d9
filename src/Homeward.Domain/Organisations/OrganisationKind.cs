namespace Homeward.Domain.Organisations;

public enum OrganisationKind
{
    ProgrammeOffice,
    Government,
    Ngo,
    ServiceProvider,
}
