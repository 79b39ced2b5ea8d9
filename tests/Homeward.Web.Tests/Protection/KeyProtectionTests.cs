using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Homeward.Web.Infrastructure.Database;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Homeward.Web.Tests.Protection;

/// <summary>With DataProtection:CertificatePath configured, Data Protection keys are written encrypted with the certificate.</summary>
public sealed class KeyProtectionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("homeward-keys-").FullName;

    [Fact]
    public void WithACertificate_KeysAreStoredEncrypted_AndStillUnprotect()
    {
        using var rsa = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=Homeward keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var pfx = Path.Combine(_folder, "keys.pfx");
        File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        var keys = Directory.CreateDirectory(Path.Combine(_folder, "ring")).FullName;

        var protector = Protector(keys, new() { ["DataProtection:CertificatePath"] = pfx, ["DataProtection:CertificatePassword"] = "pfx-password" });
        var sealedText = protector.Protect("counselling note");

        Assert.Equal("counselling note", protector.Unprotect(sealedText));
        var key = File.ReadAllText(Directory.GetFiles(keys, "key-*.xml").Single());
        Assert.Contains("encryptedSecret", key);
        Assert.Contains(Convert.ToBase64String(certificate.RawData), key);
        // The master key's value is not written in clear.
        Assert.DoesNotContain("<value>", key);
    }

    [Fact]
    public void WithoutACertificate_KeysAreNotEncrypted_AndAMissingFileStopsTheStart()
    {
        var keys = Directory.CreateDirectory(Path.Combine(_folder, "plain")).FullName;
        Protector(keys, []).Protect("x");
        var plain = File.ReadAllText(Directory.GetFiles(keys, "key-*.xml").Single());
        Assert.DoesNotContain("encryptedSecret", plain);
        Assert.Contains("<value>", plain);

        var missing = Assert.Throws<InvalidOperationException>(() => Protector(keys, new() { ["DataProtection:CertificatePath"] = Path.Combine(_folder, "none.pfx") }));
        Assert.Contains("DataProtection:CertificatePath", missing.Message);
    }

    private static IDataProtector Protector(string keys, Dictionary<string, string?> settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(keys)).SetApplicationName("Homeward").ProtectKeys(config);
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
