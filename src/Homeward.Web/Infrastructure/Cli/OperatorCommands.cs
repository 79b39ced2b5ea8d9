using Homeward.Data;
using Homeward.Domain.Accounts;
using Homeward.Web.Features.Demo;
using Homeward.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Infrastructure.Cli;

/// <summary>
/// Verbs for operators, run instead of the web server:
/// `dotnet run --project src/Homeward.Web -- migrate | create-admin --email E --password P [--name N] | seed-demo | generate --persons N`.
/// </summary>
public static class OperatorCommands
{
    private static readonly string[] Verbs = ["migrate", "create-admin", "seed-demo", "generate", "help"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        try
        {
            if (args[0] == "help") return Help();
            await DatabaseStartup.MigrateAsync(app.Services);
            await using var scope = app.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            switch (args[0])
            {
                case "migrate":
                    Console.WriteLine("Database migrated.");
                    return 0;
                case "create-admin":
                    return await CreateAdminAsync(services, Option(args, "--email"), Option(args, "--password"), Option(args, "--name") ?? "Administrator");
                case "seed-demo":
                    if (app.Environment.IsProduction())
                    {
                        Console.Error.WriteLine("The demo programme is never seeded in Production.");
                        return 2;
                    }
                    // The demo's RSS rounds are scored with the shipped survey: load the shipped instruments first, as start-up does.
                    await Features.Instruments.ShippedInstruments.LoadAsync(app.Services);
                    Console.WriteLine(await services.GetRequiredService<DemoSeeder>().SeedAsync() ? "Demo programme seeded." : "Demo programme already present.");
                    return 0;
                case "generate":
                    if (!int.TryParse(Option(args, "--persons"), out var persons) || persons <= 0)
                    {
                        Console.Error.WriteLine("generate needs --persons N with N a positive whole number.");
                        return 2;
                    }
                    // The RSS rounds are scored with the shipped survey, as for the demo.
                    await Features.Instruments.ShippedInstruments.LoadAsync(app.Services);
                    var written = await services.GetRequiredService<SyntheticDataGenerator>().GenerateAsync(persons);
                    Console.WriteLine($"Generated {written} synthetic persons.");
                    return 0;
            }
        }
        catch (DatabaseUnreachableException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
        return Help();
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, string? email, string? password, string name)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            Console.Error.WriteLine("create-admin needs --email and --password.");
            return 2;
        }
        var db = services.GetRequiredService<HomewardDbContext>();
        var users = services.GetRequiredService<UserManager<HomewardUser>>();
        await DemoSeeder.EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole<Guid>>>());
        var organisation = await db.Organisations.OrderBy(o => o.Name).FirstOrDefaultAsync(o => o.Kind == Domain.Organisations.OrganisationKind.ProgrammeOffice);
        if (organisation is null)
        {
            organisation = new Domain.Organisations.Organisation { Name = "Programme office", Kind = Domain.Organisations.OrganisationKind.ProgrammeOffice };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }
        var user = new HomewardUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, OrganisationId = organisation.Id };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded) result = await users.AddToRoleAsync(user, Roles.Administrator);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"The administrator was not created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            return 2;
        }
        Console.WriteLine($"Administrator {email} created.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int Help()
    {
        Console.WriteLine("""
            Homeward operator commands (dotnet run --project src/Homeward.Web -- VERB):
              migrate                                   apply database migrations
              create-admin --email E --password P [--name N]  create the first administrator
              seed-demo                                 seed the demo programme (not in Production)
              generate --persons N                      add N synthetic persons for benchmarks
            """);
        return 0;
    }
}
