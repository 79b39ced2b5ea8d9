using Homeward.Domain.People;

namespace Homeward.Domain.Tests.People;

public class DuplicateScorerTests
{
    [Theory]
    [InlineData("Mohamed", "Muhammad")]
    [InlineData("Mohamed", "Mouhamed")]
    [InlineData("Diallo", "Dialo")]
    [InlineData("Ousmane", "Usman")]
    [InlineData("Hussein", "Hussain")]
    [InlineData("Keïta", "Keita")]
    public void NameKey_TransliterationVariants_ShareAKey(string a, string b) =>
        Assert.Equal(NameKey.For(a), NameKey.For(b));

    [Theory]
    [InlineData("Mohamed", "Moussa")]
    [InlineData("Diallo", "Diop")]
    [InlineData("Fatou", "Awa")]
    public void NameKey_DifferentNames_DoNotShareAKey(string a, string b) =>
        Assert.NotEqual(NameKey.For(a), NameKey.For(b));

    [Fact]
    public void Score_SpellingVariantWithSameBirthYear_IsOfferedAsLikelyMatch()
    {
        var score = DuplicateScorer.Score(new DuplicateProbe("Muhammad", "Dialo", 1994),
            new DuplicateCandidate(Guid.NewGuid(), "Mohamed", "Diallo", 1994, null));
        Assert.True(score >= DuplicateScorer.OfferThreshold, $"score {score}");
    }

    [Fact]
    public void Score_SwappedNameOrder_IsOfferedAsLikelyMatch()
    {
        var score = DuplicateScorer.Score(new DuplicateProbe("Diallo", "Mohamed", 1994),
            new DuplicateCandidate(Guid.NewGuid(), "Mohamed", "Diallo", 1994, null));
        Assert.True(score >= DuplicateScorer.OfferThreshold, $"score {score}");
    }

    [Fact]
    public void Score_DifferentPerson_IsBelowTheOfferThreshold()
    {
        var score = DuplicateScorer.Score(new DuplicateProbe("Aminata", "Sow", 1990),
            new DuplicateCandidate(Guid.NewGuid(), "Mohamed", "Diallo", 1994, null));
        Assert.True(score < DuplicateScorer.OfferThreshold, $"score {score}");
    }

    [Fact]
    public void Score_SameNameButBirthYearsFarApart_RanksBelowSameNameSameYear()
    {
        var probe = new DuplicateProbe("Mohamed", "Diallo", 1994);
        var sameYear = DuplicateScorer.Score(probe, new DuplicateCandidate(Guid.NewGuid(), "Mohamed", "Diallo", 1994, null));
        var farYear = DuplicateScorer.Score(probe, new DuplicateCandidate(Guid.NewGuid(), "Mohamed", "Diallo", 1971, null));
        Assert.True(sameYear > farYear);
        Assert.Equal(1.0, sameYear);
    }
}
