namespace Homeward.Web.Tests.Protection;

/// <summary>
/// Who may call each API endpoint, and what they get for a record in and out of the case manager's scope.
/// Every API endpoint the application maps must have a row here; a new endpoint without one fails
/// <see cref="AuthorizationMatrixTests{TApp}"/>, naming it.
/// </summary>
/// <remarks>
/// Columns, in order: Administrator, ProgrammeManager, CaseManager (Dakar), MEOfficer, PartnerCaseWorker, CommunityOfficer,
/// DataProtectionOfficer, anonymous. For a route naming a case or person, each column has two letters: the answer for
/// the Dakar record (in the case manager's scope), then for the Erbil record (outside it); otherwise one letter.
/// A = allowed (any answer but 401, 403, 404 and 5xx: a minimal body is refused with 400 or 409 by an allowed caller),
/// F = 403, N = 404, U = 401.
/// </remarks>
public static class AuthorizationExpectations
{
    /// <summary>What a route's {id} is, so each run can fill it in.</summary>
    public enum Target { None, Case, Person, Notification, User }

    public sealed record Row(string Endpoint, Target Target, string Expected, Func<MatrixFixture, bool, string, string>? Path = null, object? Body = null);

    public static readonly string[] Callers =
    [
        "admin@demo.homeward", "manager@demo.homeward", "casemanager@demo.homeward", "me@demo.homeward", "partner@demo.homeward",
        "community@demo.homeward", "dpo@demo.homeward", "",
    ];

    private static readonly object Empty = new { };
    private static readonly object StaleVersion = new { version = 999_999 };

    public static readonly IReadOnlyList<Row> Rows =
    [
        // Authentication.
        new("POST /api/v1/auth/login", Target.None, "A A A A A A A A", Body: new { email = "", password = "" }),
        new("GET /api/v1/auth/me", Target.None, "A A A A A A A U"),

        // The data protection officer's oversight.
        new("GET /api/v1/audit/verify", Target.None, "F F F F F F A U"),
        new("GET /api/v1/audit/persons/{id:guid}", Target.Person, "FF FF FF FF FF FF AA UU"),
        new("GET /api/v1/audit/break-glass", Target.None, "F F F F F F A U"),
        new("GET /api/v1/persons/{id:guid}/subject-access", Target.Person, "FF FF FF FF FF FF AA UU"),
        new("GET /api/v1/retention/due", Target.None, "F F F F F F A U"),

        // Caseload and registration.
        new("GET /api/v1/cases", Target.None, "A A A A F A A U"),
        // The administrator passes the case-work policy but has no office, and a case belongs to the office that registers it.
        new("POST /api/v1/cases", Target.None, "F A A F F F F U", Body: Empty),
        new("POST /api/v1/persons", Target.None, "A A A F F F F U", Body: Empty),
        new("GET /api/v1/persons/duplicates", Target.None, "A A A F F F F U"),
        new("GET /api/v1/dashboard", Target.None, "A A A A F A A U"),
        // Instruments: everyone on staff reads them; M&E officers and administrators import them and fetch the workbook.
        new("GET /api/v1/instruments", Target.None, "A A A A F A A U"),
        new("GET /api/v1/instruments/{id:guid}", Target.None, "N N N N F N N U"),
        new("GET /api/v1/instruments/{id:guid}/file", Target.None, "N F F N F F F U"),
        new("POST /api/v1/instruments", Target.None, "A F F A F F F U", Body: Empty),
        new("POST /api/v1/submissions/{id:guid}/rescore", Target.None, "N N N N F F F U", Body: Empty),
        new("GET /api/v1/cases/{id:guid}/submissions", Target.Case, "AA AA AN NN FF NN AA UU"),
        new("POST /api/v1/cases/{id:guid}/submissions", Target.Case, "AA AA AN FF FF FF FF UU", Body: Empty),
        new("GET /api/v1/supervision", Target.None, "A A F F F F F U"),

        // One case: reading it is for staff within scope; working it for case work within scope.
        new("GET /api/v1/cases/{id:guid}", Target.Case, "AA AA AN NN FF NN AA UU"),
        new("POST /api/v1/cases/{id:guid}/transitions", Target.Case, "AA AA AN FF FF FF FF UU", Body: new { to = "Monitoring", version = 999_999 }),
        new("POST /api/v1/cases/{id:guid}/close", Target.Case, "AA AA AN FF FF FF FF UU", Body: new { reason = "SupportPeriodEnded", version = 999_999 }),
        new("POST /api/v1/cases/{id:guid}/opt-out", Target.Case, "AA AA AN FF FF FF FF UU", Body: new { optOutReason = "NoLongerWantsHelp", version = 999_999 }),
        new("POST /api/v1/cases/{id:guid}/reopen", Target.Case, "AA AA AN FF FF FF FF UU", Body: new { reason = "Matrix", version = 999_999 }),
        new("POST /api/v1/cases/{id:guid}/closure/approve", Target.Case, "AA AA FF FF FF FF FF UU", Body: StaleVersion),
        new("POST /api/v1/cases/{id:guid}/closure/reject", Target.Case, "AA AA FF FF FF FF FF UU", Body: new { reason = "Matrix", version = 999_999 }),
        new("POST /api/v1/cases/{id:guid}/assessments", Target.Case, "AA AA AN FF FF FF FF UU", Body: Empty),
        new("POST /api/v1/cases/{id:guid}/counselling", Target.Case, "AA AA AN FF FF FF FF UU", Body: Empty),
        new("POST /api/v1/cases/{id:guid}/assignment", Target.Case, "AA AA FF FF FF FF FF UU", Body: Empty),
        // Without a reason nothing is granted: the row checks who may ask, not the grant (see BreakGlassTests).
        new("POST /api/v1/cases/{id:guid}/break-glass", Target.Case, "AA AA AA FF FF FF FF UU", Body: Empty),

        // Reintegration plan.
        new("GET /api/v1/cases/{id:guid}/plan", Target.Case, "AA AA AN NN FF NN AA UU"),
        new("PUT /api/v1/cases/{id:guid}/plan", Target.Case, "AA AA AN FF FF FF FF UU", Body: new { revision = 999_999 }),
        new("POST /api/v1/cases/{id:guid}/plan/agree", Target.Case, "AA AA AN FF FF FF FF UU", Body: Empty),
        new("GET /api/v1/cases/{id:guid}/plan/versions/{number:int}", Target.Case, "AA AA AN NN FF NN AA UU",
            (f, inScope, _) => $"/api/v1/cases/{f.For(inScope).CaseId}/plan/versions/1"),
        new("POST /api/v1/cases/{id:guid}/budget-lines/{lineId:guid}/approve", Target.Case, "AA AA FF FF FF FF FF UU",
            (f, inScope, _) => $"/api/v1/cases/{f.For(inScope).CaseId}/budget-lines/{f.For(inScope).BudgetLineId}/approve", Empty),
        new("POST /api/v1/cases/{id:guid}/budget-lines/{lineId:guid}/reject", Target.Case, "AA AA FF FF FF FF FF UU",
            (f, inScope, _) => $"/api/v1/cases/{f.For(inScope).CaseId}/budget-lines/{f.For(inScope).BudgetLineId}/reject", new { reason = "Matrix" }),

        // Assistance and follow-up.
        new("GET /api/v1/cases/{id:guid}/assistance", Target.Case, "AA AA AN NN FF NN AA UU"),
        new("POST /api/v1/cases/{id:guid}/assistance", Target.Case, "AA AA AN FF FF FF FF UU", Body: new { amount = -1 }),
        new("GET /api/v1/cases/{id:guid}/assistance/{deliveryId:guid}/proof", Target.Case, "AA AA AN NN FF NN AA UU",
            (f, inScope, _) => $"/api/v1/cases/{f.For(inScope).CaseId}/assistance/{f.For(inScope).DeliveryId}/proof"),
        new("GET /api/v1/cases/{id:guid}/follow-ups", Target.Case, "AA AA AN NN FF NN AA UU"),
        new("POST /api/v1/cases/{id:guid}/follow-ups", Target.Case, "AA AA AN FF FF FF FF UU", Body: Empty),

        // Consent: reachable through a case in scope.
        new("GET /api/v1/persons/{id:guid}/consents", Target.Person, "AA AA AN FF FF FF FF UU"),
        new("POST /api/v1/persons/{id:guid}/consents", Target.Person, "AA AA AN FF FF FF FF UU", Body: Empty),
        new("POST /api/v1/persons/{id:guid}/consents/{purpose}/withdraw", Target.Person, "AA AA AN FF FF FF FF UU",
            (f, inScope, _) => $"/api/v1/persons/{f.For(inScope).PersonId}/consents/NotAPurpose/withdraw", Empty),

        // Notifications: one's own ("in"), someone else's ("out").
        new("GET /api/v1/notifications", Target.None, "A A A A A A A U"),
        new("POST /api/v1/notifications/{id:guid}/read", Target.Notification, "AN AN AN AN AN AN AN UU", Body: Empty),

        // Accounts, for administrators.
        new("GET /api/v1/users", Target.None, "A F F F F F F U"),
        new("POST /api/v1/users", Target.None, "A F F F F F F U", Body: Empty),
        new("POST /api/v1/users/{id:guid}/deactivate", Target.User, "A F F F F F F U", Body: Empty),
        new("POST /api/v1/users/{id:guid}/activate", Target.User, "A F F F F F F U", Body: Empty),
        new("PUT /api/v1/users/{id:guid}/sensitive-data", Target.User, "A F F F F F F U", Body: Empty),
        new("DELETE /api/v1/users/{id:guid}/sensitive-data", Target.User, "A F F F F F F U"),

        // Community level: staff read communities; community officers, programme managers and administrators change them.
        new("GET /api/v1/communities/returns", Target.None, "A A A A F A A U"),
        new("GET /api/v1/communities", Target.None, "A A A A F A A U"),
        new("GET /api/v1/communities/{id:guid}", Target.None, "N N N N F N N U"),
        new("POST /api/v1/communities", Target.None, "A A F F F A F U", Body: Empty),
        new("PUT /api/v1/communities/{id:guid}", Target.None, "N N F F F N F U", Body: Empty),
        new("GET /api/v1/community-projects", Target.None, "A A A A F A A U"),
        new("POST /api/v1/community-projects", Target.None, "A A F F F A F U", Body: Empty),
        new("GET /api/v1/community-projects/{id:guid}", Target.None, "N N N N F N N U"),
        new("PUT /api/v1/community-projects/{id:guid}", Target.None, "N N F F F N F U", Body: Empty),
        // Case managers add their own returnees; whose case is in scope is checked on the body's case (see CommunityProjectTests).
        new("POST /api/v1/community-projects/{id:guid}/returnees", Target.None, "N N N F F N F U", Body: Empty),
        new("PUT /api/v1/community-projects/{id:guid}/non-migrants", Target.None, "N N F F F N F U", Body: Empty),
        new("POST /api/v1/community-projects/{id:guid}/steps", Target.None, "N N F F F N F U", Body: Empty),
        new("POST /api/v1/community-projects/{id:guid}/results", Target.None, "N N F F F N F U", Body: Empty),
        new("PUT /api/v1/community-projects/{id:guid}/results/{resultId:guid}", Target.None, "N N F F F N F U",
            (_, _, _) => $"/api/v1/community-projects/{Guid.Empty}/results/{Guid.Empty}", Empty),
        new("GET /api/v1/cases/{id:guid}/community-projects", Target.Case, "AA AA AN NN FF NN AA UU"),

        // Structural level: the same split, staff read and community work changes.
        new("GET /api/v1/stakeholders", Target.None, "A A A A F A A U"),
        new("POST /api/v1/stakeholders", Target.None, "A A F F F A F U", Body: Empty),
        new("GET /api/v1/stakeholders/{id:guid}", Target.None, "N N N N F N N U"),
        new("PUT /api/v1/stakeholders/{id:guid}", Target.None, "N N F F F N F U", Body: Empty),
        new("POST /api/v1/stakeholders/{id:guid}/agreements", Target.None, "N N F F F N F U", Body: Empty),
        new("GET /api/v1/capacity-activities", Target.None, "A A A A F A A U"),
        new("POST /api/v1/capacity-activities", Target.None, "A A F F F A F U", Body: Empty),
        new("PUT /api/v1/capacity-activities/{id:guid}/follow-up", Target.None, "N N F F F N F U", Body: Empty),
        new("GET /api/v1/coordination-mechanisms", Target.None, "A A A A F A A U"),
        new("POST /api/v1/coordination-mechanisms", Target.None, "A A F F F A F U", Body: Empty),
        new("GET /api/v1/coordination-mechanisms/{id:guid}", Target.None, "N N N N F N N U"),
        new("POST /api/v1/coordination-mechanisms/{id:guid}/meetings", Target.None, "N N F F F N F U", Body: Empty),
        new("PUT /api/v1/coordination-mechanisms/{id:guid}/actions/{actionId:guid}/status", Target.None, "N N F F F N F U",
            (_, _, _) => $"/api/v1/coordination-mechanisms/{Guid.Empty}/actions/{Guid.Empty}/status", Empty),
        new("GET /api/v1/policy-work", Target.None, "A A A A F A A U"),
        new("POST /api/v1/policy-work", Target.None, "A A F F F A F U", Body: Empty),
        new("PUT /api/v1/policy-work/{id:guid}/status", Target.None, "N N F F F N F U", Body: Empty),

        // The API's own description is public; unknown API routes are 404 for everyone.
        new("GET /api/openapi/{documentName}.json", Target.None, "A A A A A A A A", (_, _, _) => "/api/openapi/v1.json"),
        new("GET /api/docs/{documentName?}", Target.None, "A A A A A A A A", (_, _, _) => "/api/docs/"),
        new("GET /api/docs/scalar.js", Target.None, "A A A A A A A A"),
        new("GET /api/docs/scalar.aspnetcore.js", Target.None, "A A A A A A A A"),
        new("GET /api/docs/favicon.svg", Target.None, "A A A A A A A A"),
        new("* /api/{**rest}", Target.None, "N N N N N N N N", (_, _, _) => "/api/v1/no-such-route"),
    ];
}
