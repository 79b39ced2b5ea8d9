using System.Net;
using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;
using Homeward.Web.Tests.Instruments.Shipped;

namespace Homeward.Web.Tests.Instruments;

/// <summary>Who may open the instrument pages, and a case outside the user's scope.</summary>
public abstract class AssessmentPagesTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InstrumentsPage_IsForMeOfficersAndAdministrators()
    {
        var officer = await (await app.SignedInAs("me@demo.homeward")).GetAsync("/instruments", Ct);
        Assert.Equal(HttpStatusCode.OK, officer.StatusCode);
        Assert.Contains(ReintegrationSustainabilitySurvey.FormId, await officer.Content.ReadAsStringAsync(Ct));
        var caseManager = await (await app.SignedInAs("casemanager@demo.homeward")).GetAsync("/instruments", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, caseManager.StatusCode);
    }

    [Fact]
    public async Task AssessmentPages_OfAnotherOfficesCase_AreNotFound()
    {
        var dakar = await TestCases.CreateAsync(app, CaseStage.Assessment, office: "Dakar office");
        var erbil = await app.SignedInAs("casemanager2@demo.homeward");
        Assert.Equal(HttpStatusCode.NotFound, (await erbil.GetAsync($"/cases/{dakar.CaseId}/assessments", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await erbil.GetAsync($"/cases/{dakar.CaseId}/assessments/new?instrument={ReintegrationSustainabilitySurvey.FormId}", Ct)).StatusCode);

        var own = await app.SignedInAs("casemanager@demo.homeward");
        var form = await own.GetAsync($"/cases/{dakar.CaseId}/assessments/new?instrument={ReintegrationSustainabilitySurvey.FormId}", Ct);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("name=\"v.econ_satisfaction\"", await form.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await own.GetAsync($"/cases/{dakar.CaseId}/assessments/new?instrument=no_such_form", Ct)).StatusCode);
    }
}

public sealed class AssessmentPagesTests_Sqlite(SqliteApp app) : AssessmentPagesTests<SqliteApp>(app);
public sealed class AssessmentPagesTests_Postgres(PostgresApp app) : AssessmentPagesTests<PostgresApp>(app);
