namespace Homeward.Web.Infrastructure.Database;

/// <summary>The database Homeward runs on: `Database:Provider` and `ConnectionStrings:Homeward`.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
