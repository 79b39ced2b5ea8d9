using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Protection;

/// <summary>
/// Encrypts sensitive columns at rest with ASP.NET Core Data Protection, and hashes document numbers with a keyed
/// HMAC so that they can be searched without being stored in clear. Stored ciphertext starts with a marker, so a
/// value written before encryption was switched on (plain text) is still read as it is.
/// </summary>
public sealed class FieldProtection
{
    /// <summary>What every encrypted text value starts with.</summary>
    public const string TextMarker = "hwenc1:";
    private static readonly byte[] BytesMarker = "hwenc1:"u8.ToArray();
    private const string SecretName = "document-number-hmac";

    private readonly IDataProtector? _fields;
    private readonly IDataProtector? _secrets;
    private byte[]? _hashKey;

    /// <param name="configuredHashKey">The document-number HMAC key from configuration (base64, at least 32 bytes); null to keep one in the database.</param>
    public FieldProtection(IDataProtectionProvider provider, byte[]? configuredHashKey = null)
    {
        _fields = provider.CreateProtector("Homeward.Fields.v1");
        _secrets = provider.CreateProtector("Homeward.Secrets.v1");
        _hashKey = configuredHashKey;
    }

    private FieldProtection() { }

    /// <summary>For building the model without a host (migrations): converters exist but are never run.</summary>
    public static readonly FieldProtection DesignTime = new();

    private IDataProtector Fields => _fields ?? throw new InvalidOperationException("Field encryption needs Data Protection: create the context through the host.");

    public static bool IsProtected(string? stored) => stored?.StartsWith(TextMarker, StringComparison.Ordinal) == true;

    public string Protect(string plain) => TextMarker + Convert.ToBase64String(Fields.Protect(Encoding.UTF8.GetBytes(plain)));

    public string Unprotect(string stored) => IsProtected(stored)
        ? Encoding.UTF8.GetString(Fields.Unprotect(Convert.FromBase64String(stored[TextMarker.Length..])))
        : stored;

    public byte[] Protect(byte[] plain) => [.. BytesMarker, .. Fields.Protect(plain)];

    public byte[] Unprotect(byte[] stored) => stored.AsSpan().StartsWith(BytesMarker) ? Fields.Unprotect(stored[BytesMarker.Length..]) : stored;

    /// <summary>A document number as it is compared: letters and digits only, upper case ("ab 123-4" and "AB1234" are the same).</summary>
    public static string NormaliseDocumentNumber(string number) =>
        new(number.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    /// <summary>The keyed hash stored next to an encrypted document number, and searched by; null for no number.</summary>
    public async Task<string?> HashDocumentNumberAsync(HomewardDbContext db, string? number, CancellationToken ct = default)
    {
        if (number is null || NormaliseDocumentNumber(number) is not { Length: > 0 } normal) return null;
        var key = await HashKeyAsync(db, ct);
        return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(normal)));
    }

    /// <summary>
    /// A stable pseudonym for a record in de-identified exports: the same record always gets the same one, and it cannot
    /// be turned back into the id without the key. Keyed like document numbers, in its own domain ("kind:id").
    /// </summary>
    public async Task<string> PseudonymAsync(HomewardDbContext db, string kind, Guid id, CancellationToken ct = default)
    {
        var key = await HashKeyAsync(db, ct);
        return kind + "-" + Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"pseudonym:{kind}:{id:N}")))[..16];
    }

    /// <summary>
    /// Creates the HMAC key when none is configured: generated once per database and kept there encrypted by Data
    /// Protection, so every instance uses the same one. Run at start-up, outside any transaction, so that a rolled-back
    /// save can never leave hashes made with a key that was not kept. Instances racing to create it keep the first one.
    /// </summary>
    public async Task EnsureHashKeyAsync(HomewardDbContext db, CancellationToken ct = default)
    {
        if (_hashKey is not null) return;
        var secrets = _secrets ?? throw new InvalidOperationException("Document hashing needs Data Protection.");
        var created = Convert.ToBase64String(secrets.Protect(RandomNumberGenerator.GetBytes(32)));
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO protected_secrets ("Name", "Value") VALUES ({SecretName}, {created}) ON CONFLICT ("Name") DO NOTHING""", ct);
        await HashKeyAsync(db, ct);
    }

    private async Task<byte[]> HashKeyAsync(HomewardDbContext db, CancellationToken ct)
    {
        if (_hashKey is { } cached) return cached;
        var secrets = _secrets ?? throw new InvalidOperationException("Document hashing needs Data Protection.");
        var stored = await db.ProtectedSecrets.AsNoTracking().Where(s => s.Name == SecretName).Select(s => s.Value).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException("The document-number key is missing: start the application or run `migrate` to create it.");
        return _hashKey = secrets.Unprotect(Convert.FromBase64String(stored));
    }
}

/// <summary>A secret the application keeps in its database, encrypted by Data Protection (the document-number HMAC key).</summary>
public class ProtectedSecret
{
    public required string Name { get; set; }
    public required string Value { get; set; }
}
