namespace Homeward.Web.Tests.Caseload;

/// <summary>
/// Test classes that open many cases. They run one at a time, after the parallel tests, so that tests which compare
/// office-wide counts taken a moment apart (such as the dashboard's scope test) never see cases appear in between.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CaseDataCollection
{
    public const string Name = "Opens many cases";
}
