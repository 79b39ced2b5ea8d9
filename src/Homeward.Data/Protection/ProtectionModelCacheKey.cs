using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Homeward.Data.Protection;

/// <summary>
/// The encrypted columns' converters hold one host's Data Protection keys, so each host gets its own model
/// (two hosts in one process, as in the tests, each read their own database's keys).
/// </summary>
public sealed class ProtectionModelCacheKey : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is HomewardDbContext homeward ? (context.GetType(), homeward.Protection, designTime) : (context.GetType(), designTime);
}
