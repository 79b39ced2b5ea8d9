using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Cli;
using Homeward.Web.Infrastructure.Database;

var builder = WebApplication.CreateBuilder(args);
builder.AddHomewardServices();

var app = builder.Build();
app.UseHomewardPipeline();
app.MapHomewardEndpoints();

if (OperatorCommands.IsCommand(args))
    return await OperatorCommands.RunAsync(app, args);

if (!await app.PrepareDatabaseAsync())
    return 1;

await app.RunAsync();
return 0;

/// <summary>The web host's entry point, visible to the integration tests.</summary>
public partial class Program;
