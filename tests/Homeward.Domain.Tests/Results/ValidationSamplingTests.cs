using Homeward.Domain.Results;

namespace Homeward.Domain.Tests.Results;

public class ValidationSamplingTests
{
    private static readonly IReadOnlyList<int> Population = Enumerable.Range(1, 200).ToList();

    [Fact]
    public void TheSameSeedAndPopulation_DrawTheSameSample()
    {
        Assert.Equal(ValidationSampling.Draw(Population, 20, 42), ValidationSampling.Draw(Population, 20, 42));
        Assert.NotEqual(ValidationSampling.Draw(Population, 20, 42), ValidationSampling.Draw(Population, 20, 43));
    }

    [Fact]
    public void ASample_HasNoRepeats_AndNeverMoreThanThePopulation()
    {
        var sample = ValidationSampling.Draw(Population, 50, 7);
        Assert.Equal(50, sample.Distinct().Count());
        Assert.All(sample, x => Assert.Contains(x, Population));
        Assert.Equal(3, ValidationSampling.Draw([1, 2, 3], 10, 7).Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public void ASizeOutOfRange_IsRefusedNamingSize(int size) =>
        Assert.Equal("size", Assert.Throws<DomainRuleException>(() => ValidationSampling.Draw(Population, size, 1)).Field);

    [Fact]
    public void ADiscrepancy_NeedsNotes_AndAResultIsNeeded()
    {
        var check = new ValidationCheck();
        Assert.Equal("notes", Assert.Throws<DomainRuleException>(() => ValidationSampling.Record(check, CheckResult.Discrepancy, " ", "M", DateTime.UtcNow)).Field);
        Assert.Equal("result", Assert.Throws<DomainRuleException>(() => ValidationSampling.Record(check, CheckResult.Pending, null, "M", DateTime.UtcNow)).Field);
        Assert.Equal(CheckResult.Pending, check.Result);
        ValidationSampling.Record(check, CheckResult.Confirmed, null, "M", DateTime.UtcNow);
        Assert.Equal(CheckResult.Confirmed, check.Result);
    }
}
