namespace Homeward.Web.Features.Registration;

/// <summary>Field errors keyed by the id of the form control they belong to, in the order they were found.</summary>
public sealed class FormErrors
{
    private readonly List<(string FieldId, string Message)> _errors = [];

    public static FormErrors From(IReadOnlyDictionary<string, string[]> apiErrors, Func<string, string> fieldId)
    {
        var errors = new FormErrors();
        foreach (var (field, messages) in apiErrors)
            foreach (var message in messages) errors.Add(fieldId(field), message);
        return errors;
    }

    public FormErrors Add(string fieldId, string message)
    {
        if (!_errors.Contains((fieldId, message))) _errors.Add((fieldId, message));
        return this;
    }

    public bool Any => _errors.Count > 0;
    public IReadOnlyList<(string FieldId, string Message)> All => _errors;

    /// <summary>The messages for one control, joined, or null when it has none.</summary>
    public string? For(string fieldId) =>
        _errors.Where(e => e.FieldId == fieldId).Select(e => e.Message).ToList() is { Count: > 0 } m ? string.Join(" ", m) : null;
}
