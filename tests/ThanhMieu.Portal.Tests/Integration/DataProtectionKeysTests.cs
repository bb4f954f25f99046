using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>Data Protection keys at rest: encrypted with the configured certificate, plain (and said so) without one.</summary>
public sealed class DataProtectionKeysTests
{
    private const string Password = "mat-khau-chung-chi";

    private static string CreateCertificate(string folder)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=ThanhMieu.Portal keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, "keys.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }

    private static string KeyFiles(string dataFolder) =>
        string.Concat(Directory.EnumerateFiles(Path.Combine(dataFolder, "keys"), "*.xml").Select(File.ReadAllText));

    [Fact]
    public async Task WithACertificate_TheKeysAreEncrypted_AndSignInStillWorks()
    {
        var outside = PortalFactory.CreateTempFolder();
        try
        {
            var certificate = CreateCertificate(outside);
            using var portal = new PortalFactory(settings: new Dictionary<string, string?>
            {
                ["DataProtection:CertificatePath"] = certificate,
                ["DataProtection:CertificatePassword"] = Password,
            });

            var client = await portal.SignedInClientAsync();

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
            var keys = KeyFiles(portal.DataFolder);
            Assert.Contains("encryptedSecret", keys, StringComparison.Ordinal);
            Assert.DoesNotContain("unencrypted form", keys, StringComparison.Ordinal);
        }
        finally
        {
            PortalFactory.DeleteFolder(outside);
        }
    }

    [Fact]
    public async Task WithoutACertificate_TheKeyFileSaysItIsUnencrypted()
    {
        using var portal = new PortalFactory();

        await portal.SignedInClientAsync();

        Assert.Contains("unencrypted form", KeyFiles(portal.DataFolder), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingCertificate_StopsTheStartWithOneClearLine()
    {
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            var (exit, output) = await PortalProcess.RunAsync(folder, [], new Dictionary<string, string> { ["DataProtection__CertificatePath"] = "/nowhere/keys.pfx" });

            Assert.Equal(2, exit);
            Assert.Contains("DataProtection:CertificatePath", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
        }
    }
}
