using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Homeward.Data;

/// <summary>Stores DateTime values as UTC and marks them UTC when read.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
