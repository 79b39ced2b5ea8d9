using Homeward.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Homeward.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model without a running server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<HomewardDbContext>
{
    public HomewardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<HomewardDbContext>()
            .UseNpgsql("Host=localhost;Database=homeward_design", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
