using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Data;

namespace ThanhMieu.Portal.Tests.Integration;

public sealed class SeedingTests
{
    private static Task<Dictionary<string, int>> CountAsync(PortalFactory factory) =>
        factory.WithDbAsync(async db => new Dictionary<string, int>
        {
            ["articles"] = await db.Articles.CountAsync(),
            ["categories"] = await db.Categories.CountAsync(),
            ["tags"] = await db.Tags.CountAsync(),
            ["indicators"] = await db.Indicators.CountAsync(),
            ["observations"] = await db.Observations.CountAsync(),
            ["targets"] = await db.Targets.CountAsync(),
            ["breakthroughs"] = await db.Breakthroughs.CountAsync(),
            ["heritage"] = await db.HeritageSites.CountAsync(),
            ["festivals"] = await db.Festivals.CountAsync(),
            ["units"] = await db.FormerUnits.CountAsync(),
        });

    [Fact]
    public async Task Seeding_IsIdempotentAcrossTwoStarts()
    {
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            Dictionary<string, int> first;
            using (var factory = new PortalFactory(folder))
            {
                _ = factory.Server;
                first = await CountAsync(factory);
            }

            Assert.True(File.Exists(Path.Combine(folder, "portal.db")));
            Assert.All(first, pair => Assert.True(pair.Value > 0, $"{pair.Key} were not seeded"));
            Assert.Equal(5, first["units"]);

            using (var factory = new PortalFactory(folder))
            {
                _ = factory.Server;
                Assert.Equal(first, await CountAsync(factory));
            }
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task Seeding_LeavesADatabaseWithContentAlone()
    {
        var folder = PortalFactory.CreateTempFolder();
        try
        {
            using (var factory = new PortalFactory(folder))
            {
                await factory.WithDbAsync(async db =>
                {
                    // Staff deleted every article: a restart must not bring the seeded ones back.
                    await db.Database.ExecuteSqlRawAsync("DELETE FROM ArticleTags; DELETE FROM Articles;");
                    return 0;
                });
            }

            using (var factory = new PortalFactory(folder))
            {
                Assert.Equal(0, await factory.WithDbAsync(db => db.Articles.CountAsync()));
            }
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task SeededMarkdown_IsStoredWithItsRenderedHtml()
    {
        using var factory = new PortalFactory();

        var articles = await factory.WithDbAsync(db => db.Articles.AsNoTracking().ToListAsync());

        Assert.All(articles, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.BodyHtml), a.Slug);
            Assert.DoesNotContain("<script", a.BodyHtml, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task SeededContent_InventsNoCoordinates()
    {
        using var factory = new PortalFactory();

        var located = await factory.WithDbAsync(db => db.HeritageSites.CountAsync(h => h.Latitude != null || h.Longitude != null));

        Assert.Equal(0, located);
    }

    [Fact]
    public async Task StartUp_WithSeedingOff_LeavesTheDatabaseEmpty()
    {
        using var factory = new PortalFactory(null, new Dictionary<string, string?> { ["Database:SeedOnStartup"] = "false" });

        Assert.Equal(0, await factory.WithDbAsync<int>(db => db.Categories.CountAsync()));
        Assert.True(await factory.WithDbAsync(db => Task.FromResult(db is SqlitePortalDbContext)));
    }

    [Fact]
    public async Task ArchivingACategory_TakesItsArticlesOffThePublicSite()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();
        var slug = await factory.WithDbAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.Category).FirstAsync(a => a.Category!.Slug == "tin-tuc");
            var category = new ThanhMieu.Portal.Domain.Category { Name = "Chuyên mục tạm", Slug = "chuyen-muc-tam" };
            article.Category = category;
            await db.SaveChangesAsync();
            return article.Slug;
        });
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync($"/tin-tuc/{slug}")).StatusCode);

        await factory.WithDbAsync(async db =>
        {
            var category = await db.Categories.SingleAsync(c => c.Slug == "chuyen-muc-tam");
            category.IsArchived = true;
            return await db.SaveChangesAsync();
        });

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/tin-tuc/{slug}")).StatusCode);
        Assert.DoesNotContain(slug, await client.GetStringAsync("/tin-tuc"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TargetsOfAnArchivedBreakthrough_StayOnTheTargetsPage()
    {
        using var factory = new PortalFactory();
        var title = await factory.WithDbAsync(async db =>
        {
            var breakthrough = await db.Breakthroughs.Include(b => b.Targets).FirstAsync(b => b.TermStartYear == 2025 && b.Targets.Count > 0);
            breakthrough.IsArchived = true;
            await db.SaveChangesAsync();
            return breakthrough.Targets[0].Title;
        });

        var page = await factory.CreateClient().GetStringAsync("/muc-tieu");

        Assert.Contains(title, page, StringComparison.Ordinal);
    }
}
