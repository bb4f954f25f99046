using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// Data Protection keys at rest, in the database: encrypted with the configured certificate, plain (and said so)
/// without one; keys kept in the data folder by an earlier version are carried over.
/// </summary>
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

    private static async Task<string> StoredKeysAsync(PortalFactory portal) =>
        string.Concat(await portal.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync()));

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
            var keys = await StoredKeysAsync(portal);
            Assert.Contains("encryptedSecret", keys, StringComparison.Ordinal);
            Assert.DoesNotContain("unencrypted form", keys, StringComparison.Ordinal);
        }
        finally
        {
            PortalFactory.DeleteFolder(outside);
        }
    }

    [Fact]
    public async Task WithoutACertificate_TheStoredKeySaysItIsUnencrypted_AndNoKeyFileIsWritten()
    {
        using var portal = new PortalFactory();

        await portal.SignedInClientAsync();

        Assert.Contains("unencrypted form", await StoredKeysAsync(portal), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(portal.DataFolder, "keys")));
    }

    [Fact]
    public async Task KeysLeftInTheDataFolderByAnEarlierVersion_AreCopiedIntoTheDatabase_AndStillOpenWhatTheyProtected()
    {
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            // What an earlier portal did: keys as files in keys/, under the same application name.
            var earlier = DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(folder, "keys")), b => b.SetApplicationName("ThanhMieu.Portal"));
            var protectedBefore = earlier.CreateProtector("test").Protect("phiên đăng nhập cũ");
            var keyId = Path.GetFileNameWithoutExtension(Directory.EnumerateFiles(Path.Combine(folder, "keys")).Single());

            using var portal = new PortalFactory(folder);
            _ = portal.Server;

            Assert.Equal([keyId], await portal.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.FriendlyName!).ToListAsync()));
            var provider = portal.Services.GetRequiredService<IDataProtectionProvider>();
            Assert.Equal("phiên đăng nhập cũ", provider.CreateProtector("test").Unprotect(protectedBefore));
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task ABackupCarriesTheKeys_SoAPortalRestoredFromItOpensWhatTheFirstProtected()
    {
        var restoredFolder = PortalFactory.CreateTempFolder();
        try
        {
            string protectedBefore;
            var backup = Path.Combine(restoredFolder, "..", Guid.NewGuid().ToString("N") + ".db");
            using (var first = new PortalFactory())
            {
                protectedBefore = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("phiên đăng nhập");
                var (backedUp, output) = await PortalProcess.RunAsync(first.DataFolder, ["backup", "--to", backup]);
                Assert.True(backedUp == 0, output);
            }

            var (restored, restoreOutput) = await PortalProcess.RunAsync(restoredFolder, ["restore", "--from", backup]);
            Assert.True(restored == 0, restoreOutput);

            using var second = new PortalFactory(restoredFolder);
            Assert.Equal("phiên đăng nhập", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedBefore));
            File.Delete(backup);
        }
        finally
        {
            PortalFactory.DeleteFolder(restoredFolder);
        }
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
