using Homeward.Data;
using Homeward.Domain.Organisations;
using Homeward.Domain.People;
using Homeward.Domain.ServiceMap;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Demo;

/// <summary>The demo programme's service map: the partner training centre's services, a few other providers, and a labour market assessment of Dakar.</summary>
public static class DemoServices
{
    public static async Task AddAsync(HomewardDbContext db, Organisation partner)
    {
        var places = await db.Locations.ToDictionaryAsync(l => l.Name + "/" + l.Level);
        Guid Place(string name, Domain.Locations.LocationLevel level) => places[name + "/" + level].Id;
        var clinic = new Organisation { Name = "Dakar Mental Health Association", Kind = OrganisationKind.Ngo, Contact = "+221 33 800 00 00" };
        var legal = new Organisation { Name = "Kurdistan Legal Aid Network", Kind = OrganisationKind.Ngo, Contact = "+964 750 000 0000" };
        var health = new Organisation { Name = "Conakry Community Health Centre", Kind = OrganisationKind.ServiceProvider };
        db.Organisations.AddRange(clinic, legal, health);
        var start = new DateOnly(DateTime.UtcNow.Year, 1, 1);
        PartnerService Service(Organisation o, string name, ServiceType type, Guid place, int? capacity, int load, string languages, int days) => new()
        {
            OrganisationId = o.Id, Name = name, Type = type, Dimension = ServiceTypes.DimensionOf(type), Areas = [new ServiceArea { LocationId = place }],
            CapacityPerMonth = capacity, CurrentLoad = load, Languages = languages, ResponseDays = days, Cost = "Free",
            Contact = o.Contact ?? "reception", Hours = "Mon–Fri 9:00–17:00", Agreement = AgreementType.LongTermAgreement,
            AgreementStart = start, AgreementEnd = start.AddYears(2).AddDays(-1),
        };
        var country = Domain.Locations.LocationLevel.Country;
        var region = Domain.Locations.LocationLevel.Region;
        db.Services.AddRange(
            Service(partner, "Tailoring and sewing course", ServiceType.VocationalTraining, Place("Dakar", region), 10, 4, "French, Wolof", 5),
            Service(partner, "Job placement desk", ServiceType.JobPlacement, Place("Senegal", country), 30, 12, "French, Wolof", 7),
            Service(partner, "Small business coaching", ServiceType.BusinessDevelopment, Place("Senegal", country), null, 0, "French, Wolof, Pulaar", 10),
            Service(clinic, "Psychosocial counselling", ServiceType.MentalHealthAndPsychosocialSupport, Place("Senegal", country), 20, 20, "French, Wolof", 3),
            Service(legal, "Civil documentation and legal aid", ServiceType.LegalAid, Place("Erbil", region), 15, 3, "Kurdish, Arabic", 5),
            Service(health, "Primary health care", ServiceType.Health, Place("Guinea", country), null, 0, "French, Susu, Pulaar", 2));
        var women = Service(clinic, "Women's support group", ServiceType.MentalHealthAndPsychosocialSupport, Place("Dakar", region), 12, 5, "Wolof", 5);
        women.SexServed = Sex.Female;
        db.Services.Add(women);
        db.LabourMarketAssessments.Add(new Domain.LabourMarket.LabourMarketAssessment
        {
            LocationId = Place("Dakar", region), AssessedOn = start.AddMonths(-2), Source = "Regional employment office survey",
            Sectors = "Construction, fishing, garment making, retail", SkillsInDemand = "Tailoring, masonry, electrical installation, driving",
            Growth = "Construction growing; fishing declining", Wages = "Unskilled 3,000 XOF per day; skilled 6,000 XOF per day",
            AccessBarriers = "Apprenticeships expected; few formal contracts",
        });
        await db.SaveChangesAsync();
    }
}
