using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;

namespace Homeward.Web.Features.Referrals;

/// <summary>What a referral use case answered: an <see cref="Outcome{T}"/>, or a refusal on data protection grounds (403 with the reason).</summary>
public sealed record ReferralResult<T>(Outcome<T> Outcome, string? ForbiddenCode = null, string? ForbiddenReason = null)
{
    public static implicit operator ReferralResult<T>(Outcome<T> outcome) => new(outcome);

    public static ReferralResult<T> Forbidden(string code, string reason) => new(Outcome<T>.NotFound(), code, reason);

    public IResult ToApi(string notFound) => ForbiddenReason is { } reason
        ? TypedResults.Problem(reason, statusCode: StatusCodes.Status403Forbidden, title: "This referral cannot be sent.",
            extensions: new Dictionary<string, object?> { ["code"] = ForbiddenCode })
        : Outcome.ToApi(notFound, staleWhat: "referral");
}
