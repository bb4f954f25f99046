using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Data.Seeding;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// A restart of the same build on an existing SQLite database skips seeding and the content corrections (the seed
/// stamp in the file's header says they ran); a file without this build's stamp gets both again.
/// </summary>
public sealed class SeedStampTests
{
    private static Task<int> StampAsync(PortalFactory factory) => factory.WithDbAsync(db => SeedStamp.ReadAsync(db));

    private static Task<int> OrganisationCountAsync(PortalFactory factory) => factory.WithDbAsync(db => db.Organisations.CountAsync());

    [Fact]
    public async Task AFreshDatabase_IsSeededAndStampedWithThisBuild()
    {
        using var factory = new PortalFactory();
        _ = factory.Server;

        Assert.Equal(SeedStamp.Current, await StampAsync(factory));
        Assert.True(await factory.WithDbAsync(db => db.Articles.CountAsync()) > 0);
        Assert.True(await OrganisationCountAsync(factory) > 0);
        Assert.NotEqual(0, SeedStamp.Current);
    }

    [Fact]
    public async Task ARestartOfTheSameBuild_DoesNotSeedAgain_UntilTheStampIsAnotherBuilds()
    {
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            using (var factory = new PortalFactory(folder))
            {
                _ = factory.Server;

                // The seeder brings the ward's organisation into a seeded database that lacks it, each time it runs.
                await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM Officials; DELETE FROM Organisations;"));
            }

            using (var factory = new PortalFactory(folder))
            {
                _ = factory.Server;
                Assert.Equal(0, await OrganisationCountAsync(factory));
                Assert.Equal(SeedStamp.Current, await StampAsync(factory));

                // As a file last seeded by another build (or before stamps) is.
                await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA user_version = 0"));
            }

            using (var factory = new PortalFactory(folder))
            {
                _ = factory.Server;
                Assert.True(await OrganisationCountAsync(factory) > 0, "the seeder did not run for a file without this build's stamp");
                Assert.Equal(SeedStamp.Current, await StampAsync(factory));
            }
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
        }
    }
}
