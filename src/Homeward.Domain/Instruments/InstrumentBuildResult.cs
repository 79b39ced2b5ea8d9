namespace Homeward.Domain.Instruments;

/// <summary>What building an instrument gave: the instrument when the definition has no error, else every error found.</summary>
public sealed record InstrumentBuildResult(Instrument? Instrument, IReadOnlyList<DefinitionError> Errors)
{
    public bool IsValid => Instrument is not null;
}
