using System.Net;
using Homeward.Domain.Children;
using Homeward.Domain.People;
using Homeward.Web.Features.Children;
using Homeward.Web.Tests.Infrastructure;
using static Homeward.Web.Tests.Children.ChildPages;
using static Homeward.Web.Tests.Children.FamilyCases;

namespace Homeward.Web.Tests.Children;

/// <summary>The children's report page: linked where supervisors and M&amp;E officers look, small numbers suppressed as on the statistics pages.</summary>
public abstract class ChildrenReportPageTests<TApp>(TApp app) where TApp : HomewardApp
{
    [Theory]
    [InlineData("manager@demo.homeward")]
    [InlineData("me@demo.homeward")]
    public async Task TheReport_IsLinkedFromTheNavigation_AndShowsItsTables(string email)
    {
        var browser = await BrowserAsync(app, email);
        Assert.Contains("href=\"/reports/children\"", await GetAsync(browser, "/"));
        var page = await GetAsync(browser, "/reports/children");
        Assert.Contains("id=\"children-report-title\"", page);
        Assert.Contains("id=\"children-by-age\"", page);
        Assert.Contains("data-figure=\"unaccompanied\"", page);
        Assert.Contains("id=\"children-school\"", page);
    }

    [Fact]
    public async Task APartnersCaseWorker_CannotOpenIt()
    {
        var response = await (await BrowserAsync(app, "partner@demo.homeward")).GetAsync("/reports/children", Ct);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class ChildrenReportPageTests_Sqlite(SqliteApp app) : ChildrenReportPageTests<SqliteApp>(app);

public sealed class ChildrenReportPageTests_Postgres(PostgresApp app) : ChildrenReportPageTests<PostgresApp>(app);

/// <summary>Small-cell suppression of the report's numbers, on a report made up for the purpose.</summary>
public sealed class ChildrenReportSuppressionTests
{
    private static ChildrenReportView Report(int assessed, int pending, int seen, int inSchool, int unaccompanied) => new(Today, assessed + pending,
        [new("0-4", Sex.Female, 12), new("0-4", Sex.Male, 8), new("5-11", Sex.Female, 3), new("5-11", Sex.Male, 10)],
        0, unaccompanied, 0, assessed, pending, 40, 0, new Dictionary<DurableSolution, int> { [DurableSolution.ReturnAndReintegration] = 6 }, seen, inSchool);

    [Fact]
    public void ASmallCell_IsSuppressed_WithAComplementInItsRowAndColumn_SoThatTotalsCannotGiveItAway()
    {
        var t = ChildrenReportTables.From(Report(30, 3, 10, 7, 2), threshold: 5);

        Assert.Null(t.ByAgeGroupAndSex[("5-11", Sex.Female)]);
        Assert.Null(t.ByAgeGroupAndSex[("5-11", Sex.Male)]);
        Assert.Null(t.ByAgeGroupAndSex[("0-4", Sex.Female)]);
        Assert.Equal(33, t.Children);
        Assert.Equal(13, t.ByAgeGroupAndSex[("5-11", null)]);
        // Three children pending: hidden, and so is the number assessed, since the total is shown.
        Assert.Null(t.AssessmentPending);
        Assert.Null(t.Assessed);
        Assert.Null(t.NotInSchool);
        Assert.Null(t.InSchool);
        Assert.Equal(10, t.SeenAtFollowUp);
        Assert.Null(t.Unaccompanied);
        Assert.Equal(6, t.Outcomes[DurableSolution.ReturnAndReintegration]);
        Assert.Equal(0, t.Outcomes[DurableSolution.LocalIntegration]);
    }

    [Fact]
    public void NumbersAtOrAboveTheThreshold_AndZeros_AreShown()
    {
        var t = ChildrenReportTables.From(Report(20, 13, 10, 5, 0), threshold: 3);

        Assert.Equal(20, t.Assessed);
        Assert.Equal(13, t.AssessmentPending);
        Assert.Equal(40, t.MedianDaysToAssessment);
        Assert.Equal(5, t.InSchool);
        Assert.Equal(5, t.NotInSchool);
        Assert.Equal(0, t.Unaccompanied);
        Assert.Equal(3, t.ByAgeGroupAndSex[("5-11", Sex.Female)]);
    }
}
