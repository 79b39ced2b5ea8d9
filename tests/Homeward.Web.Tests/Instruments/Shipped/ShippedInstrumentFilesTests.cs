using Homeward.Web.Features.Instruments;
using Homeward.Web.Tests.Infrastructure;

namespace Homeward.Web.Tests.Instruments.Shipped;

/// <summary>
/// The shipped instruments are the .xlsx files in src/Homeward.Web/Instruments, written from the definitions in this
/// folder. To change one, edit its definition and run these tests with HOMEWARD_WRITE_INSTRUMENTS=1 to write the files
/// again (then give the form a new version if it was already in use).
/// </summary>
public sealed class ShippedInstrumentFilesTests
{
    public static readonly XlsForm[] All =
    [
        RapidVulnerabilityScreening.Form, FullVulnerabilityAssessment.Form, FamilySituation.Form, SkillsAndCapacities.Form,
        ReintegrationSustainabilitySurvey.Form, SatisfactionSurvey.Form, BestInterestsShort.Form, BestInterestsComprehensive.Form,
    ];

    public static TheoryData<string> Files => new(All.Select(f => f.FileName));

    private static string Folder => Path.Combine(RepositoryRoot.Path, "src", "Homeward.Web", "Instruments");

    private static XlsForm Source(string file) => All.Single(f => f.FileName == file);

    [Theory]
    [MemberData(nameof(Files))]
    public void CommittedFile_HoldsItsDefinition(string file)
    {
        var path = Path.Combine(Folder, file);
        var written = Source(file).Workbook();
        if (Environment.GetEnvironmentVariable("HOMEWARD_WRITE_INSTRUMENTS") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllBytes(path, written);
        }
        Assert.True(File.Exists(path), $"{path} is missing: run these tests with HOMEWARD_WRITE_INSTRUMENTS=1.");
        Assert.Equal(Rows(written), Rows(File.ReadAllBytes(path)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Definition_BuildsWithoutFault_InThreeLanguages(string file)
    {
        var definition = InstrumentDefinition.FromWorkbook(XlsxWorkbook.Read(Source(file).Workbook())!);
        var built = definition.Build();
        Assert.True(built.IsValid, string.Join("\n", built.Errors));
        Assert.NotNull(definition.Kind);
        Assert.Equal(["Arabic", "French", "default"], built.Instrument!.Languages);
        var untranslated = built.Instrument.Questions.Where(q => q.Label.ByLanguage.Count is > 0 and < 3).Select(q => q.Name);
        Assert.Empty(untranslated);
    }

    [Fact]
    public void Rss_Has15Indicators_FivePerDimension_EachWeighingOneInItsDimensionAndInTheComposite()
    {
        var rss = ReintegrationSustainabilitySurvey.Form;
        var scored = rss.Survey.Where(q => q.Dimension is not null).ToList();
        var indicators = scored.GroupBy(q => (q.Dimension, q.Indicator)).ToList();
        Assert.Equal(15, indicators.Count);
        Assert.All(scored.GroupBy(q => q.Dimension), d => Assert.Equal(5, d.Select(q => q.Indicator).Distinct().Count()));
        Assert.All(indicators, i => Assert.Equal(1.0, i.Sum(q => double.Parse(q.Weight!, System.Globalization.CultureInfo.InvariantCulture)), 9));
        Assert.All(scored, q => Assert.Equal(q.Weight, q.CompositeWeight));
        Assert.InRange(rss.Survey.Count(q => q.Type.StartsWith("select", StringComparison.Ordinal) || q.Type is "text" or "integer"), 25, 32);
        Assert.Contains("official table", rss.WeightsNote!.En);
    }

    private static string Rows(byte[] workbook) => string.Join("\n", XlsxWorkbook.Read(workbook)!.Values.SelectMany(sheet =>
        sheet.Rows.Select(r => $"{sheet.Name}!{r.Number}: " + string.Join(" | ", r.Columns.Order(StringComparer.Ordinal).Select(c => $"{c}={r[c]}")))));
}
