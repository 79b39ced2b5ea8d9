using Homeward.Domain;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Cases;

/// <summary>
/// The errors of one form on a page: each tied to an input id, listed in a summary at the top of the form.
/// Domain refusals are shown in the user's language when their code has a translation ("Rule.{code}").
/// </summary>
public sealed class FormErrors(IStringLocalizer localizer, string formPrefix)
{
    private readonly Dictionary<string, string> _byField = new();

    public IReadOnlyDictionary<string, string> All => _byField;
    public bool Any => _byField.Count > 0;

    public string? For(string field) => _byField.GetValueOrDefault(field);

    public string InputId(string field) => $"{formPrefix}-{field}";

    public void Add(string field, string message) => _byField[field] = message;

    public void Add(DomainRuleException ex)
    {
        var translated = localizer[$"Rule.{ex.Code}"];
        Add(ex.Field ?? "form", translated.ResourceNotFound ? ex.Message : translated.Value);
    }

    public void Clear() => _byField.Clear();
}
