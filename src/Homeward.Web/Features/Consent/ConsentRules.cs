using Homeward.Domain.Consent;
using Homeward.Web.Features.Registration;
using Homeward.Web.Infrastructure.Api;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Consent;

/// <summary>Checks one purpose's consent as typed, and records it with its date, method and who obtained it.</summary>
public static class ConsentRules
{
    public const int MaxMethod = 60, MaxObtainedBy = 200;

    /// <param name="prefix">Where the consent sits in the request, such as "consents[0]." or "".</param>
    public static void Validate(ConsentDetails c, string prefix, DateOnly today, FieldErrors errors, IStringLocalizer L)
    {
        if (!UserInput.TryParse<ConsentPurpose>(c.Purpose, out _))
            errors.Add(prefix + "purpose", L["Choose one of: {0}.", UserInput.Names<ConsentPurpose>()].Value);
        if (UserInput.Clean(c.Method) is null)
            errors.Add(prefix + "method", L["Say how consent was obtained."].Value);
        PersonRules.MaxLength(c.Method, MaxMethod, prefix + "method", errors, L);
        PersonRules.MaxLength(c.ObtainedBy, MaxObtainedBy, prefix + "obtainedBy", errors, L);
        if (c.GivenOn > today)
            errors.Add(prefix + "givenOn", L["The date consent was given cannot be in the future."].Value);
    }

    /// <summary>A consent record from validated details; the date defaults to today and the collector to the user.</summary>
    public static ConsentRecord ToRecord(ConsentDetails c, Guid personId, string currentUserName) => new()
    {
        PersonId = personId,
        Purpose = Enum.Parse<ConsentPurpose>(UserInput.Clean(c.Purpose)!, ignoreCase: true),
        GivenOn = c.GivenOn ?? DateOnly.FromDateTime(DateTime.UtcNow),
        Method = UserInput.Clean(c.Method)!,
        ObtainedBy = UserInput.Clean(c.ObtainedBy) ?? currentUserName,
        InterpreterUsed = c.InterpreterUsed,
    };
}
