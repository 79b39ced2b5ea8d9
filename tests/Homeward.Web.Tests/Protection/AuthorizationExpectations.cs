namespace Homeward.Web.Tests.Protection;

/// <summary>
/// Who may call each API endpoint, and what they get for a record in and out of the case manager's scope.
/// Every API endpoint the application maps must have a row here; a new endpoint without one fails
/// <see cref="AuthorizationMatrixTests{TApp}"/>, naming it.
/// </summary>
/// <remarks>
/// Columns, in order: Administrator, ProgrammeManager, CaseManager (Dakar), MEOfficer, PartnerCaseWorker, CommunityOfficer,
/// DataProtectionOfficer, anonymous. For a route naming a case, person or referral, each column has two letters: the answer for
/// the Dakar record (in the case manager's scope), then for the Erbil record (outside it); otherwise one letter.
/// A = allowed (any answer but 401, 403, 404 and 5xx: a minimal body is refused with 400 or 409 by an allowed caller),
/// F = 403, N = 404, U = 401. A partner's case worker asking for any case or person gets 404, never 403 (Features/Referrals/PartnerProbing).
/// </remarks>
public static class AuthorizationExpectations
{
    /// <summary>What a route's {id} is, so each run can fill it in.</summary>
    public enum Target { None, Case, Person, Notification, User, Referral }

    public sealed record Row(string Endpoint, Target Target, string Expected, Func<MatrixFixture, bool, string, string>? Path = null, object? Body = null);

    public static readonly string[] Callers =
    [
        "admin@demo.homeward", "manager@demo.homeward", "casemanager@demo.homeward", "me@demo.homeward", "partner@demo.homeward",
        "community@demo.homeward", "dpo@demo.homeward", "",
    ];

    private static readonly object Empty = new { };
    private static readonly object StaleVersion = new { version = 999_999 };

    private static Func<MatrixFixture, bool, string, string> Child(string rest) =>
        (f, inScope, _) => $"/api/v1/cases/{f.For(inScope).CaseId}/children/{f.For(inScope).PersonId}{rest}";

    public static readonly IReadOnlyList<Row> Rows =
    [
        // Authentication.
        new("POST /api/v1/auth/login", Target.None, "A A A A A A A A", Body: new { email = "", password = "" }),
        new("GET /api/v1/auth/me", Target.None, "A A A A A A A U"),
        new("GET /api/v1/auth/two-factor", Target.None, "A A A A A A A U"),
        // Each caller's own account: setting up resets only a key not yet in force; a wrong code turns nothing on.
        new("POST /api/v1/auth/two-factor/setup", Target.None, "A A A A A A A U", Body: Empty),
        new("POST /api/v1/auth/two-factor/enable", Target.None, "A A A A A A A U", Body: new { code = "not-a-code" }),
        new("POST /api/v1/auth/two-factor/disable", Target.None, "A A A A A A A U", Body: Empty),
        new("GET /api/v1/auth/sessions", Target.None, "A A A A A A A U"),
        // Only the caller's own sessions can be ended: any other id is 404.
        new("POST /api/v1/auth/sessions/{id:guid}/end", Target.None, "N N N N N N N U", Body: Empty),

        // The data protection officer's oversight.
        new("GET /api/v1/audit/verify", Target.None, "F F F F F F A U"),
        new("GET /api/v1/audit/persons/{id:guid}", Target.Person, "FF FF FF FF FF FF AA UU"),
        new("GET /api/v1/audit/break-glass", Target.None, "F F F F F F A U"),
        new("GET /api/v1/persons/{id:guid}/subject-access", Target.Person, "FF FF FF FF NN FF AA UU"),
        new("POST /api/v1/persons/{id:guid}/subject-access/archive", Target.Person, "FF FF FF FF NN FF AA UU", Body: new { password = "correct horse battery" }),
        new("GET /api/v1/retention/due", Target.None, "F F F F F F A U"),
        // Legal holds and erasure on request: the data protection officer only. An empty body is refused before anything changes.
        new("GET /api/v1/legal-holds", Target.None, "F F F F F F A U"),
        new("POST /api/v1/persons/{id:guid}/legal-holds", Target.Person, "FF FF FF FF NN FF AA UU", Body: Empty),
        new("POST /api/v1/legal-holds/{holdId:guid}/lift", Target.None, "F F F F F F N U", (_, _, _) => $"/api/v1/legal-holds/{Guid.NewGuid()}/lift", Empty),
        new("POST /api/v1/persons/{id:guid}/erasure", Target.Person, "FF FF FF FF NN FF AA UU", Body: Empty),
        // Correction requests: case workers for the persons of their cases, and the data protection officer; an unknown request is 404.
        new("GET /api/v1/persons/{id:guid}/correction-requests", Target.Person, "AA AA AN FF NN FF AA UU"),
        new("POST /api/v1/persons/{id:guid}/correction-requests", Target.Person, "AA AA AN FF NN FF AA UU", Body: Empty),
        new("POST /api/v1/persons/{id:guid}/correction-requests/{requestId:guid}/decision", Target.Person, "NN NN NN FF NN FF NN UU",
            (f, inScope, _) => $"/api/v1/persons/{f.For(inScope).PersonId}/correction-requests/{Guid.NewGuid()}/decision", Empty),

        // Caseload and registration.
        new("GET /api/v1/cases", Target.None, "A A A A F A A U"),
        // The administrator passes the case-work policy but has no office, and a case belongs to the office that registers it.
        new("POST /api/v1/cases", Target.None, "F A A F F F F U", Body: Empty),
        new("POST /api/v1/persons", Target.None, "A A A F F F F U", Body: Empty),
        new("GET /api/v1/persons/duplicates", Target.None, "A A A F N F F U"),
        new("GET /api/v1/dashboard", Target.None, "A A A A F A A U"),
        new("GET /api/v1/reports/children", Target.None, "A A A A F A A U"),
        // Instruments: everyone on staff reads them; M&E officers and administrators import them and fetch the workbook.
        new("GET /api/v1/instruments", Target.None, "A A A A F A A U"),
        new("GET /api/v1/instruments/{id:guid}", Target.None, "N N N N F N N U"),
        new("GET /api/v1/instruments/{id:guid}/file", Target.None, "N F F N F F F U"),
        new("POST /api/v1/instruments", Target.None, "A F F A F F F U", Body: Empty),
        // Importing a round of submissions into the caller's cases (case work): a body that is not a file is 400 to those allowed.
        new("POST /api/v1/instruments/{id:guid}/submissions/import", Target.None, "A A A F F F F U", Body: Empty),
        new("POST /api/v1/submissions/{id:guid}/rescore", Target.None, "N N N N F F F U", Body: Empty),
        new("GET /api/v1/cases/{id:guid}/submissions", Target.Case, "AA AA AN NN NN NN AA UU"),
        new("POST /api/v1/cases/{id:guid}/submissions", Target.Case, "AA AA AN FF NN FF FF UU", Body: Empty),
        new("GET /api/v1/supervision", Target.None, "A A F F F F F U"),
        new("GET /api/v1/statistics/cases", Target.None, "F A F A F F F U"),
        new("GET /api/v1/statistics/follow-ups", Target.None, "F A F A F F F U"),

        // Monitoring and evaluation: M&E officers and programme managers; statistics never name a case, so there is no in/out of scope.
        new("GET /api/v1/indicators", Target.None, "F A F A F F F U"),
        new("POST /api/v1/results", Target.None, "F A F A F F F U", Body: Empty),
        new("POST /api/v1/indicators", Target.None, "F A F A F F F U", Body: Empty),
        new("GET /api/v1/results", Target.None, "F A F A F F F U"),
        // An unknown result or indicator is 404 before its body is read.
        new("PUT /api/v1/results/{id:guid}", Target.None, "F N F N F F F U", Body: Empty),
        new("DELETE /api/v1/results/{id:guid}", Target.None, "F N F N F F F U"),
        new("PUT /api/v1/indicators/{id:guid}", Target.None, "F N F N F F F U", Body: Empty),
        new("DELETE /api/v1/indicators/{id:guid}", Target.None, "F N F N F F F U"),
        new("POST /api/v1/indicators/{id:guid}/retire", Target.None, "F N F N F F F U", Body: Empty),
        new("POST /api/v1/indicators/{id:guid}/reinstate", Target.None, "F N F N F F F U", Body: Empty),
        new("GET /api/v1/indicators/library", Target.None, "F A F A F F F U"),
        new("GET /api/v1/indicators/{id:guid}/values", Target.None, "F N F N F F F U"),
        new("PUT /api/v1/indicators/{id:guid}/values", Target.None, "F N F N F F F U", Body: Empty),
        new("GET /api/v1/indicators/{id:guid}/values.csv", Target.None, "F N F N F F F U"),
        new("GET /api/v1/indicators/{id:guid}/values.xlsx", Target.None, "F N F N F F F U"),
        new("GET /api/v1/statistics/cases.csv", Target.None, "F A F A F F F U"),
        new("GET /api/v1/statistics/cases.xlsx", Target.None, "F A F A F F F U"),
        new("GET /api/v1/statistics/follow-ups.csv", Target.None, "F A F A F F F U"),
        new("GET /api/v1/statistics/follow-ups.xlsx", Target.None, "F A F A F F F U"),
        // Data validation samples name cases: for supervisors, who see every office's cases.
        new("POST /api/v1/validation-samples", Target.None, "A A F F F F F U", Body: Empty),
        new("GET /api/v1/validation-samples/{id:guid}", Target.None, "N N F F F F F U"),
        new("PUT /api/v1/validation-samples/{id:guid}/checks/{caseId:guid}", Target.None, "N N F F F F F U",
            (_, _, _) => $"/api/v1/validation-samples/{Guid.NewGuid()}/checks/{Guid.NewGuid()}", Empty),
        new("GET /api/v1/evaluations", Target.None, "F A F A F F F U"),
        new("POST /api/v1/evaluations", Target.None, "F A F A F F F U", Body: Empty),
        new("PUT /api/v1/evaluations/{id:guid}/recommendations/{recommendationId:guid}/response", Target.None, "F N F N F F F U",
            (_, _, _) => $"/api/v1/evaluations/{Guid.NewGuid()}/recommendations/{Guid.NewGuid()}/response", Empty),

        // One case: reading it is for staff within scope; working it for case work within scope.
        new("GET /api/v1/cases/{id:guid}", Target.Case, "AA AA AN NN NN NN AA UU"),
        new("POST /api/v1/cases/{id:guid}/transitions", Target.Case, "AA AA AN FF NN FF FF UU", Body: new { to = "Monitoring", version = 999_999 }),
        new("POST /api/v1/cases/{id:guid}/close", Target.Case, "AA AA AN FF NN FF FF UU", Body: new { reason = "SupportPeriodEnded", version = 999_999 }),
        new("POST /api/v1/cases/{id:guid}/opt-out", Target.Case, "AA AA AN FF NN FF FF UU", Body: new { optOutReason = "NoLongerWantsHelp", version = 999_999 }),
        new("POST /api/v1/cases/{id:guid}/reopen", Target.Case, "AA AA AN FF NN FF FF UU", Body: new { reason = "Matrix", version = 999_999 }),
        new("POST /api/v1/cases/{id:guid}/closure/approve", Target.Case, "AA AA FF FF NN FF FF UU", Body: StaleVersion),
        new("POST /api/v1/cases/{id:guid}/closure/reject", Target.Case, "AA AA FF FF NN FF FF UU", Body: new { reason = "Matrix", version = 999_999 }),
        new("POST /api/v1/cases/{id:guid}/assessments", Target.Case, "AA AA AN FF NN FF FF UU", Body: Empty),
        new("POST /api/v1/cases/{id:guid}/counselling", Target.Case, "AA AA AN FF NN FF FF UU", Body: Empty),
        new("POST /api/v1/cases/{id:guid}/assignment", Target.Case, "AA AA FF FF NN FF FF UU", Body: Empty),
        // Without a reason nothing is granted: the row checks who may ask, not the grant (see BreakGlassTests).
        new("POST /api/v1/cases/{id:guid}/break-glass", Target.Case, "AA AA AA FF NN FF FF UU", Body: Empty),

        // Reintegration plan.
        new("GET /api/v1/cases/{id:guid}/plan", Target.Case, "AA AA AN NN NN NN AA UU"),
        new("PUT /api/v1/cases/{id:guid}/plan", Target.Case, "AA AA AN FF NN FF FF UU", Body: new { revision = 999_999 }),
        new("POST /api/v1/cases/{id:guid}/plan/agree", Target.Case, "AA AA AN FF NN FF FF UU", Body: Empty),
        new("GET /api/v1/cases/{id:guid}/plan/versions/{number:int}", Target.Case, "AA AA AN NN NN NN AA UU",
            (f, inScope, _) => $"/api/v1/cases/{f.For(inScope).CaseId}/plan/versions/1"),
        new("POST /api/v1/cases/{id:guid}/budget-lines/{lineId:guid}/approve", Target.Case, "AA AA FF FF NN FF FF UU",
            (f, inScope, _) => $"/api/v1/cases/{f.For(inScope).CaseId}/budget-lines/{f.For(inScope).BudgetLineId}/approve", Empty),
        new("POST /api/v1/cases/{id:guid}/budget-lines/{lineId:guid}/reject", Target.Case, "AA AA FF FF NN FF FF UU",
            (f, inScope, _) => $"/api/v1/cases/{f.For(inScope).CaseId}/budget-lines/{f.For(inScope).BudgetLineId}/reject", new { reason = "Matrix" }),

        // Assistance and follow-up.
        new("GET /api/v1/cases/{id:guid}/assistance", Target.Case, "AA AA AN NN NN NN AA UU"),
        new("POST /api/v1/cases/{id:guid}/assistance", Target.Case, "AA AA AN FF NN FF FF UU", Body: new { amount = -1 }),
        new("GET /api/v1/cases/{id:guid}/assistance/{deliveryId:guid}/proof", Target.Case, "AA AA AN NN NN NN AA UU",
            (f, inScope, _) => $"/api/v1/cases/{f.For(inScope).CaseId}/assistance/{f.For(inScope).DeliveryId}/proof"),
        new("GET /api/v1/cases/{id:guid}/follow-ups", Target.Case, "AA AA AN NN NN NN AA UU"),
        new("POST /api/v1/cases/{id:guid}/follow-ups", Target.Case, "AA AA AN FF NN FF FF UU", Body: Empty),

        // Children of a family case (the principal's id stands for the person: records on an adult are refused with 409).
        new("GET /api/v1/cases/{id:guid}/children", Target.Case, "AA AA AN NN NN NN AA UU"),
        new("GET /api/v1/cases/{id:guid}/children/{personId:guid}", Target.Case, "AA AA AN NN NN NN AA UU", Child("")),
        new("POST /api/v1/cases/{id:guid}/children/{personId:guid}/participation", Target.Case, "AA AA AN FF NN FF FF UU", Child("/participation"), Empty),
        new("POST /api/v1/cases/{id:guid}/children/{personId:guid}/activities", Target.Case, "AA AA AN FF NN FF FF UU", Child("/activities"), Empty),
        new("POST /api/v1/cases/{id:guid}/children/{personId:guid}/follow-up-findings", Target.Case, "AA AA AN FF NN FF FF UU", Child("/follow-up-findings"), Empty),
        // Best-interests content: the sensitive data permission (only casemanager@ has it) as well as the case in scope.
        new("GET /api/v1/cases/{id:guid}/children/{personId:guid}/best-interests-assessments", Target.Case, "FF FF AN FF NN FF FF UU", Child("/best-interests-assessments")),
        new("POST /api/v1/cases/{id:guid}/children/{personId:guid}/best-interests-assessments", Target.Case, "FF FF AN FF NN FF FF UU", Child("/best-interests-assessments"), Empty),
        new("POST /api/v1/cases/{id:guid}/children/{personId:guid}/best-interests-waiver", Target.Case, "AA AA FF FF NN FF FF UU", Child("/best-interests-waiver"), Empty),

        // Best interests determinations: the sensitive data permission throughout; a made-up determination id is not found.
        new("GET /api/v1/cases/{id:guid}/children/{personId:guid}/determinations", Target.Case, "FF FF AN FF NN FF FF UU", Child("/determinations")),
        new("POST /api/v1/cases/{id:guid}/children/{personId:guid}/determinations", Target.Case, "FF FF AN FF NN FF FF UU", Child("/determinations"), Empty),
        new("POST /api/v1/cases/{id:guid}/children/{personId:guid}/determinations/{bidId:guid}/panel", Target.Case, "FF FF NN FF NN FF FF UU",
            Child($"/determinations/{Guid.Empty}/panel"), Empty),
        new("POST /api/v1/cases/{id:guid}/children/{personId:guid}/determinations/{bidId:guid}/panel/{memberId:guid}/undertaking", Target.Case, "FF FF NN FF NN FF FF UU",
            Child($"/determinations/{Guid.Empty}/panel/{Guid.Empty}/undertaking"), Empty),
        new("POST /api/v1/cases/{id:guid}/children/{personId:guid}/determinations/{bidId:guid}/decision", Target.Case, "FF FF NN FF NN FF FF UU",
            Child($"/determinations/{Guid.Empty}/decision"), Empty),
        new("POST /api/v1/cases/{id:guid}/children/{personId:guid}/determinations/{bidId:guid}/approve", Target.Case, "FF FF FF FF NN FF FF UU",
            Child($"/determinations/{Guid.Empty}/approve"), Empty),
        new("POST /api/v1/cases/{id:guid}/children/{personId:guid}/determinations/{bidId:guid}/revisions", Target.Case, "FF FF NN FF NN FF FF UU",
            Child($"/determinations/{Guid.Empty}/revisions"), Empty),

        // Unaccompanied and separated children: registration (case scope), family tracing and reunification (child-protection content: the
        // sensitive data permission as well as the case in scope; the overview gives only each request's status without it). A made-up tracing id is not found.
        new("GET /api/v1/cases/{id:guid}/children/{personId:guid}/tracing", Target.Case, "AA AA AN NN NN NN AA UU", Child("/tracing")),
        new("POST /api/v1/cases/{id:guid}/children/{personId:guid}/separation", Target.Case, "AA AA AN FF NN FF FF UU", Child("/separation"), Empty),
        new("POST /api/v1/cases/{id:guid}/children/{personId:guid}/tracing", Target.Case, "FF FF AN FF NN FF FF UU", Child("/tracing"), Empty),
        new("GET /api/v1/cases/{id:guid}/children/{personId:guid}/tracing/{tracingId:guid}/matches", Target.Case, "FF FF NN FF NN FF FF UU",
            Child($"/tracing/{Guid.Empty}/matches")),
        new("POST /api/v1/cases/{id:guid}/children/{personId:guid}/tracing/{tracingId:guid}/actions", Target.Case, "FF FF NN FF NN FF FF UU",
            Child($"/tracing/{Guid.Empty}/actions"), Empty),
        new("POST /api/v1/cases/{id:guid}/children/{personId:guid}/tracing/{tracingId:guid}/match", Target.Case, "FF FF NN FF NN FF FF UU",
            Child($"/tracing/{Guid.Empty}/match"), Empty),
        new("POST /api/v1/cases/{id:guid}/children/{personId:guid}/tracing/{tracingId:guid}/verification", Target.Case, "FF FF NN FF NN FF FF UU",
            Child($"/tracing/{Guid.Empty}/verification"), Empty),
        new("POST /api/v1/cases/{id:guid}/children/{personId:guid}/tracing/{tracingId:guid}/reunification", Target.Case, "FF FF NN FF NN FF FF UU",
            Child($"/tracing/{Guid.Empty}/reunification"), Empty),

        // Consent: reachable through a case in scope.
        new("GET /api/v1/persons/{id:guid}/consents", Target.Person, "AA AA AN FF NN FF FF UU"),
        new("POST /api/v1/persons/{id:guid}/consents", Target.Person, "AA AA AN FF NN FF FF UU", Body: Empty),
        new("POST /api/v1/persons/{id:guid}/consents/{purpose}/withdraw", Target.Person, "AA AA AN FF NN FF FF UU",
            (f, inScope, _) => $"/api/v1/persons/{f.For(inScope).PersonId}/consents/NotAPurpose/withdraw", Empty),

        // Service map: staff read it; programme managers and administrators keep it.
        new("GET /api/v1/organisations", Target.None, "A A A A F A A U"),
        new("POST /api/v1/organisations", Target.None, "A A F F F F F U", Body: Empty),
        new("GET /api/v1/services", Target.None, "A A A A F A A U"),
        new("POST /api/v1/services", Target.None, "A A F F F F F U", Body: Empty),
        new("POST /api/v1/services/import", Target.None, "A A F F F F F U", Body: Empty),
        new("GET /api/v1/services/export", Target.None, "A A A A F A A U"),

        // Referrals. "In scope": a Dakar case's referral to the demo partner's organisation; "out": an Erbil case's referral to another.
        new("POST /api/v1/cases/{id:guid}/referrals", Target.Case, "AA AA AN FF NN FF FF UU", Body: Empty),
        new("GET /api/v1/cases/{id:guid}/referrals", Target.Case, "AA AA AN NN NN NN AA UU"),
        new("GET /api/v1/cases/{id:guid}/matching-services", Target.Case, "AA AA AN FF NN FF FF UU"),
        new("GET /api/v1/referrals", Target.None, "A A A A A A A U"),
        new("GET /api/v1/referrals/{id:guid}", Target.Referral, "AA AA AN NN AN NN AA UU"),
        new("GET /api/v1/referrals/{id:guid}/shared/{field}", Target.Referral, "AA AA AN NN AN NN AA UU",
            (f, inScope, _) => $"/api/v1/referrals/{f.For(inScope).ReferralId}/shared/Name"),
        new("POST /api/v1/referrals/{id:guid}/responses", Target.Referral, "FF FF FF FF AN FF FF UU", Body: Empty),
        new("POST /api/v1/referrals/{id:guid}/send", Target.Referral, "AA AA AN FF FF FF FF UU", Body: Empty),
        new("POST /api/v1/referrals/{id:guid}/confirm-exception", Target.Referral, "AA AA FF FF FF FF FF UU", Body: Empty),
        new("POST /api/v1/referrals/{id:guid}/withdraw", Target.Referral, "AA AA AN FF FF FF FF UU", Body: Empty),
        new("POST /api/v1/referrals/{id:guid}/information", Target.Referral, "AA AA AN FF FF FF FF UU", Body: Empty),
        new("POST /api/v1/referrals/{id:guid}/feedback", Target.Referral, "AA AA AN FF FF FF FF UU", Body: Empty),
        new("GET /api/v1/services/figures", Target.None, "A A A A F A A U"),

        // Feasibility grid: staff read it, supervisors replace it; for one case, staff read and case work ticks and adds to the plan.
        new("GET /api/v1/labour-market", Target.None, "A A A A F A A U"),
        new("POST /api/v1/labour-market", Target.None, "A A F F F F F U", Body: Empty),
        new("GET /api/v1/feasibility-grid", Target.None, "A A A A F A A U"),
        new("PUT /api/v1/feasibility-grid", Target.None, "A A F F F F F U", Body: Empty),
        new("GET /api/v1/cases/{id:guid}/feasible-support", Target.Case, "AA AA AN NN NN NN AA UU"),
        new("PUT /api/v1/cases/{id:guid}/feasible-support/criteria/{criterionId:guid}", Target.Case, "AA AA AN FF NN FF FF UU",
            (f, inScope, _) => $"/api/v1/cases/{f.For(inScope).CaseId}/feasible-support/criteria/{f.For(inScope).CriterionId}", Empty),
        new("POST /api/v1/cases/{id:guid}/feasible-support/{approachId:guid}/plan-activity", Target.Case, "AA AA AN FF NN FF FF UU",
            (f, inScope, _) => $"/api/v1/cases/{f.For(inScope).CaseId}/feasible-support/{f.For(inScope).ApproachId}/plan-activity", Empty),

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
        new("POST /api/v1/users/{id:guid}/two-factor/reset", Target.User, "A F F F F F F U", Body: Empty),
        new("GET /api/v1/users/two-factor-roles", Target.None, "A F F F F F F U"),
        new("PUT /api/v1/users/two-factor-roles", Target.None, "A F F F F F F U", Body: new { roles = (string[]?)null }),

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
        new("GET /api/v1/cases/{id:guid}/community-projects", Target.Case, "AA AA AN NN NN NN AA UU"),

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
