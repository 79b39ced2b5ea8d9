using System.Text.RegularExpressions;
using System.Xml.Linq;
using Homeward.Web.Tests.Infrastructure;

namespace Homeward.Web.Tests.Localization;

/// <summary>Every interface string exists in English, French and Arabic, and every string the code asks for exists.</summary>
public sealed partial class ResourceCompletenessTests
{
    private static readonly string Resources = Path.Combine(RepositoryRoot.Path, "src", "Homeward.Web", "Resources");

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(Resources, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    /// <summary>Every translation present (SharedResource.{culture}.resx): adding a language adds its checks.</summary>
    public static TheoryData<string> Translations() => new(Directory.EnumerateFiles(Resources, "SharedResource.*.resx")
        .Select(f => Path.GetFileName(f).Split('.')[1]).Order());

    [Fact]
    public void French_And_Arabic_AreTranslated() => Assert.Superset(new HashSet<string> { "fr", "ar" }, Translations().Select(t => t.Data).ToHashSet());

    [Fact]
    public void TheLanguagesOffered_AreEnglish_AndEveryTranslation() =>
        Assert.Equal(["en", .. Translations().Select(t => t.Data).Order(StringComparer.Ordinal)], Web.Infrastructure.Localization.Cultures.Supported);

    [Theory]
    [MemberData(nameof(Translations))]
    public void Translation_HasEveryEnglishKey_AndNoEmptyValue(string culture)
    {
        var english = Load("SharedResource.resx");
        var translated = Load($"SharedResource.{culture}.resx");
        Assert.Empty(english.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(english.Keys));
        Assert.Empty(translated.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key));
    }

    [Fact]
    public void EveryStringUsedInTheInterface_HasAnEnglishResource()
    {
        var english = Load("SharedResource.resx");
        var source = Path.Combine(RepositoryRoot.Path, "src", "Homeward.Web");
        var used = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor") || f.EndsWith(".cs"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(f => LocalizerKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        Assert.NotEmpty(used);
        var missing = used.Where(k => !english.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, "Missing English resources: " + string.Join(" | ", missing));
    }

    [GeneratedRegex("L\\[\"([^\"]+)\"")]
    private static partial Regex LocalizerKey();
}
