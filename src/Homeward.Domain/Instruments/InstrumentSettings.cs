namespace Homeward.Domain.Instruments;

/// <summary>The settings sheet: form_title, form_id, version and default_language.</summary>
public sealed record InstrumentSettings(string? Title, string? FormId, string? Version, string? DefaultLanguage);
