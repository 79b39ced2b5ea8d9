using System.Security.Cryptography.X509Certificates;
using Homeward.Data;
using Homeward.Data.Protection;
using Microsoft.AspNetCore.DataProtection;

namespace Homeward.Web.Infrastructure.Database;

/// <summary>
/// ASP.NET Core Data Protection: keys kept in the database so every instance reads every cookie, token and encrypted
/// column; in production the keys themselves encrypted with a certificate (<c>DataProtection:CertificatePath</c>).
/// </summary>
public static class DataProtectionSetup
{
    public const string Section = "DataProtection";

    public static IServiceCollection AddHomewardDataProtection(this IServiceCollection services, IConfiguration config)
    {
        services.AddDataProtection().PersistKeysToDbContext<HomewardDbContext>().SetApplicationName("Homeward").ProtectKeys(config);
        var hashKey = ConfiguredHashKey(config);
        services.AddSingleton(sp => new FieldProtection(sp.GetRequiredService<IDataProtectionProvider>(), hashKey));
        return services;
    }

    /// <summary>
    /// With <c>DataProtection:CertificatePath</c> (a PFX file, and <c>CertificatePassword</c> when it has one), new keys are
    /// written encrypted with the certificate: a copy of the database alone no longer opens cookies or encrypted columns.
    /// </summary>
    public static IDataProtectionBuilder ProtectKeys(this IDataProtectionBuilder builder, IConfiguration config)
    {
        if (config[$"{Section}:CertificatePath"] is not { Length: > 0 } path) return builder;
        if (!File.Exists(path)) throw new InvalidOperationException($"{Section}:CertificatePath points to '{path}', which does not exist.");
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, config[$"{Section}:CertificatePassword"]);
        if (!certificate.HasPrivateKey) throw new InvalidOperationException($"The certificate at {Section}:CertificatePath has no private key.");
        return builder.ProtectKeysWithCertificate(certificate);
    }

    /// <summary><c>DataProtection:DocumentHashKey</c>: base64 of at least 32 random bytes, or unset to keep the key in the database.</summary>
    private static byte[]? ConfiguredHashKey(IConfiguration config)
    {
        if (config[$"{Section}:DocumentHashKey"] is not { Length: > 0 } text) return null;
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{Section}:DocumentHashKey must be base64.");
        }
        return key.Length >= 32 ? key : throw new InvalidOperationException($"{Section}:DocumentHashKey must be at least 32 bytes.");
    }
}
