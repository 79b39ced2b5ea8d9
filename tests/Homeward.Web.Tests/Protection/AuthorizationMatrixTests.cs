using System.Net;
using System.Net.Http.Json;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static Homeward.Web.Tests.Protection.AuthorizationExpectations;

namespace Homeward.Web.Tests.Protection;

/// <summary>
/// Every API endpoint, called by every role and anonymously, for a record in and out of the case manager's scope:
/// the answer must be the one <see cref="AuthorizationExpectations"/> states.
/// </summary>
public abstract class AuthorizationMatrixTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// "GET /api/v1/cases/{id:guid}" for each method of each endpoint under /api ("*" when it answers any method); a group's
    /// own route ("/api/v1/users/") is written without its trailing slash.
    /// </summary>
    private IReadOnlyList<string> MappedEndpoints()
    {
        app.RequireAvailable();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true);
        return endpoints
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Distinct().Order().ToList();
    }

    [Fact]
    public void EveryApiEndpoint_HasAnAuthorizationExpectation()
    {
        var mapped = MappedEndpoints();
        var expected = Rows.Select(r => r.Endpoint).ToList();
        var missing = mapped.Except(expected).ToList();
        Assert.True(missing.Count == 0,
            "These API endpoints have no row in tests/Homeward.Web.Tests/Protection/AuthorizationExpectations.cs; add one saying who may call them: "
            + string.Join(", ", missing));
        var stale = expected.Except(mapped).ToList();
        Assert.True(stale.Count == 0, "These rows name endpoints the application no longer maps: " + string.Join(", ", stale));
        Assert.Equal(expected.Count, expected.Distinct().Count());
    }

    [Fact]
    public async Task EveryEndpoint_AnswersEachRole_InAndOutOfScope_AsExpected()
    {
        var fixture = await MatrixFixture.CreateAsync(app);
        var clients = new Dictionary<string, HttpClient>();
        foreach (var caller in Callers) clients[caller] = caller.Length == 0 ? app.Anonymous() : await app.SignedInAs(caller);

        var wrong = new List<string>();
        foreach (var row in Rows)
        {
            var expected = Parse(row);
            for (var column = 0; column < Callers.Length; column++)
            {
                var caller = Callers[column];
                foreach (var inScope in row.Target == Target.None || row.Target == Target.User ? [true] : new[] { true, false })
                {
                    var want = expected[column][inScope ? 0 : 1];
                    var (got, status) = await CallAsync(clients[caller], row, fixture, inScope, caller);
                    if (got != want)
                        wrong.Add($"{row.Endpoint} as {(caller.Length == 0 ? "anonymous" : caller)} ({(inScope ? "in scope" : "out of scope")}): expected {want}, got {got} ({(int)status})");
                }
            }
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} answers differ from AuthorizationExpectations:\n" + string.Join("\n", wrong));
    }

    private static async Task<(char Class, HttpStatusCode Status)> CallAsync(HttpClient client, Row row, MatrixFixture fixture, bool inScope, string caller)
    {
        var space = row.Endpoint.IndexOf(' ');
        var method = row.Endpoint[..space] is "*" ? "GET" : row.Endpoint[..space];
        var path = row.Path?.Invoke(fixture, inScope, caller) ?? FillId(row, fixture, inScope, caller);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (row.Body is not null) request.Content = JsonContent.Create(row.Body, options: HomewardApp.Json);
        using var response = await client.SendAsync(request, Ct);
        var status = response.StatusCode;
        var code = (int)status switch
        {
            401 => 'U',
            403 => 'F',
            404 => 'N',
            >= 500 => 'E',
            _ => 'A',
        };
        return (code, status);
    }

    private static string FillId(Row row, MatrixFixture f, bool inScope, string caller)
    {
        var path = row.Endpoint[(row.Endpoint.IndexOf(' ') + 1)..];
        var id = row.Target switch
        {
            Target.Case => f.For(inScope).CaseId,
            Target.Person => f.For(inScope).PersonId,
            Target.User => f.UserId,
            // One's own notification in scope; another account's out of it (anonymous: any).
            Target.Referral => f.For(inScope).ReferralId,
            Target.Notification => f.NotificationOf[inScope && caller.Length > 0 ? caller : caller == "admin@demo.homeward" ? "dpo@demo.homeward" : "admin@demo.homeward"],
            _ => Guid.Empty,
        };
        return path.Replace("{id:guid}", id.ToString());
    }

    /// <summary>"AA AN F…" → for each caller, the expected class in scope and out of scope.</summary>
    private static string[] Parse(Row row)
    {
        var columns = row.Expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(columns.Length == Callers.Length, $"{row.Endpoint}: {columns.Length} columns, expected {Callers.Length}.");
        var scoped = row.Target is Target.Case or Target.Person or Target.Notification or Target.Referral;
        Assert.True(columns.All(c => c.Length == (scoped ? 2 : 1) && c.All("AFNU".Contains)), $"{row.Endpoint}: malformed expectation '{row.Expected}'.");
        return columns.Select(c => c.Length == 1 ? c + c : c).ToArray();
    }
}

public sealed class AuthorizationMatrixTests_Sqlite(SqliteApp app) : AuthorizationMatrixTests<SqliteApp>(app);
public sealed class AuthorizationMatrixTests_Postgres(PostgresApp app) : AuthorizationMatrixTests<PostgresApp>(app);
