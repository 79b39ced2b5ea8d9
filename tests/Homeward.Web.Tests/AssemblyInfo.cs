using Homeward.Web.Tests.Infrastructure;

// One Homeward instance per database provider, shared by every test class in the assembly.
[assembly: AssemblyFixture(typeof(SqliteApp))]
[assembly: AssemblyFixture(typeof(PostgresApp))]
