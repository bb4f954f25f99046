namespace ThanhMieu.Portal.Data.Seeding;

/// <summary>Writes the initial content once, and only into a database that has no content at all.</summary>
public sealed class PortalSeeder(PortalDbContext db, IMarkdownRenderer renderer, ILogger<PortalSeeder> logger)
{
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await HasContentAsync(cancellationToken))
        {
            // Content added to the seed after a database was first seeded comes in once, when its kind is still empty.
            if (!await db.Organisations.AnyAsync(cancellationToken))
            {
                InitialContent.AddOrganisations(db, SeedContent.LoadEmbedded(), renderer);
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Seeded the ward's organisation into a database seeded before it");
            }

            return false;
        }

        InitialContent.AddTo(db, SeedContent.LoadEmbedded(), renderer);
        await db.SaveChangesAsync(cancellationToken);
        await new SearchIndex(db).EnsureAsync(cancellationToken);
        logger.LogInformation("Seeded the initial content into an empty database");
        return true;
    }

    /// <summary>Whether any kind of content has a row, in one command (a UNION ALL under one EXISTS).</summary>
    private Task<bool> HasContentAsync(CancellationToken cancellationToken) =>
        db.Categories.Select(e => e.Id)
            .Concat(db.Articles.Select(e => e.Id))
            .Concat(db.Indicators.Select(e => e.Id))
            .Concat(db.Targets.Select(e => e.Id))
            .Concat(db.HeritageSites.Select(e => e.Id))
            .Concat(db.FormerUnits.Select(e => e.Id))
            .AnyAsync(cancellationToken);
}
