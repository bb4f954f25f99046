using System.Text.Json.Nodes;
using ThanhMieu.Portal.Services.Discovery;

namespace ThanhMieu.Portal.Services.OpenData;

/// <summary>One way to get a dataset: an API list or a CSV file, with its IANA media type.</summary>
public sealed record OpenDataDistribution(string Title, string Path, string MediaType, bool IsDownload);

/// <summary>A dataset of /du-lieu-mo: what it holds, its fields, when it last changed and where to get it.</summary>
public sealed record OpenDataset(string Id, string Title, string Description, string Fields, DateTime? ModifiedUtc, IReadOnlyList<OpenDataDistribution> Distributions);

/// <summary>What /du-lieu-mo shows: the datasets, the licence and the API's document and reference.</summary>
public sealed record OpenDataPage(IReadOnlyList<OpenDataset> Datasets, string LicenseName, string LicenseUrl, string OpenApiPath, string ReferencePath);

/// <summary>
/// The catalogue of the open data (/du-lieu-mo): each dataset with its latest save and its distributions, and the
/// same as DCAT (dcat:Catalog, dcat:Dataset, dcat:Distribution) in JSON-LD for the page's head.
/// </summary>
public sealed class OpenDataCatalog(PortalDbContext db, PublicContent content, PublicUrls urls, IOptions<OpenDataOptions> options)
{
    public const string JsonMediaType = "application/json";

    public const string CsvMediaType = "text/csv";

    public const string CalendarMediaType = "text/calendar";

    // The datasets' ids: their section on /du-lieu-mo and their DCAT identifiers.
    public const string IndicatorsId = "chi-tieu";
    public const string TargetsId = "muc-tieu";
    public const string HeritageId = "di-san";
    public const string ArticlesId = "bai-viet";
    public const string DocumentsId = "van-ban";

    /// <summary>
    /// The ways to get a dataset: its API list, its CSV files and (heritage) the festival calendar. /du-lieu-mo lists
    /// them, and so does the page that shows the dataset (/thanh-tuu, /muc-tieu, /di-san).
    /// </summary>
    public IReadOnlyList<OpenDataDistribution> DistributionsOf(string datasetId)
    {
        OpenDataDistribution Api(string routeName) => new(OpenDataText.Distribution_Json, urls.ApiList(routeName), JsonMediaType, false);
        OpenDataDistribution Csv(string title, string routeName) => new(title, urls.Csv(routeName), CsvMediaType, true);
        return datasetId switch
        {
            IndicatorsId => [Csv(OpenDataText.Distribution_IndicatorsCsv, RouteNames.IndicatorsCsv), Api(RouteNames.ApiIndicators)],
            TargetsId => [Csv(OpenDataText.Distribution_TargetsCsv, RouteNames.TargetsCsv), Csv(OpenDataText.Distribution_ProgressUpdatesCsv, RouteNames.ProgressUpdatesCsv), Api(RouteNames.ApiTargets)],
            HeritageId => [Api(RouteNames.ApiHeritageSites), new(OpenDataText.Distribution_Calendar, urls.FestivalCalendarIcs(), CalendarMediaType, true)],
            ArticlesId => [Api(RouteNames.ApiArticles)],
            DocumentsId => [Api(RouteNames.ApiDocuments)],
            _ => throw new ArgumentOutOfRangeException(nameof(datasetId), datasetId, "No such dataset."),
        };
    }

    public async Task<OpenDataPage> GetAsync(CancellationToken cancellationToken)
    {
        // A dataset changes with any save of its items, archiving included (it removes an item); articles change when
        // they appear, so only visible ones count, each at its later of saving and publishing.
        // One command: each table's latest save as one row of a UNION ALL.
        var visibleArticles = content.VisibleArticles()
            .Select(a => new LatestSave { Set = 3, At = a.PublishedAtUtc != null && a.PublishedAtUtc > a.UpdatedAtUtc ? a.PublishedAtUtc.Value : a.UpdatedAtUtc })
            .OrderByDescending(a => a.At).Take(1);
        var latest = await Latest(db.Indicators, 0)
            .Concat(Latest(db.Targets, 1)).Concat(Latest(db.Breakthroughs, 1))
            .Concat(Latest(db.HeritageSites, 2)).Concat(Latest(db.Festivals, 2))
            .Concat(visibleArticles)
            .Concat(Latest(db.LegalDocuments, 4))
            .ToListAsync(cancellationToken);
        DateTime? At(int set) => latest.Where(l => l.Set == set).Select(l => (DateTime?)l.At).Max();
        var (indicators, targets, heritage, articles, documents) = (At(0), At(1), At(2), At(3), At(4));

        var datasets = new List<OpenDataset>
        {
            new(IndicatorsId, OpenDataText.Dataset_Indicators_Title, OpenDataText.Dataset_Indicators_Description, OpenDataText.Dataset_Indicators_Fields, indicators, DistributionsOf(IndicatorsId)),
            new(TargetsId, OpenDataText.Dataset_Targets_Title, OpenDataText.Dataset_Targets_Description, OpenDataText.Dataset_Targets_Fields, targets, DistributionsOf(TargetsId)),
            new(HeritageId, OpenDataText.Dataset_Heritage_Title, OpenDataText.Dataset_Heritage_Description, OpenDataText.Dataset_Heritage_Fields, heritage, DistributionsOf(HeritageId)),
            new(ArticlesId, OpenDataText.Dataset_Articles_Title, OpenDataText.Dataset_Articles_Description, OpenDataText.Dataset_Articles_Fields, articles, DistributionsOf(ArticlesId)),
            new(DocumentsId, OpenDataText.Dataset_Documents_Title, OpenDataText.Dataset_Documents_Description, OpenDataText.Dataset_Documents_Fields, documents, DistributionsOf(DocumentsId)),
        };
        var licence = options.Value;
        return new OpenDataPage(datasets, licence.LicenseName, licence.LicenseUrl, urls.ApiOpenApi(), urls.OpenDataReference());
    }

    /// <summary>The catalogue as DCAT in JSON-LD, every address absolute on <paramref name="origin"/>.</summary>
    public JsonObject Dcat(OpenDataPage page, string origin, string publisher)
    {
        var licence = new JsonObject { ["@id"] = page.LicenseUrl };
        var catalog = origin + urls.OpenData();
        var datasets = new JsonArray();
        foreach (var dataset in page.Datasets)
        {
            var distributions = new JsonArray();
            foreach (var distribution in dataset.Distributions)
            {
                distributions.Add(new JsonObject
                {
                    ["@type"] = "dcat:Distribution",
                    ["dct:title"] = distribution.Title,
                    [distribution.IsDownload ? "dcat:downloadURL" : "dcat:accessURL"] = new JsonObject { ["@id"] = origin + distribution.Path },
                    ["dcat:mediaType"] = new JsonObject { ["@id"] = "https://www.iana.org/assignments/media-types/" + distribution.MediaType },
                    ["dct:license"] = licence.DeepClone(),
                });
            }

            var item = new JsonObject
            {
                ["@type"] = "dcat:Dataset",
                ["@id"] = catalog + "#" + dataset.Id,
                ["dct:title"] = dataset.Title,
                ["dct:description"] = dataset.Description,
                ["dct:language"] = PublicLanguage.Vietnamese,
                ["dct:license"] = licence.DeepClone(),
                ["dcat:landingPage"] = new JsonObject { ["@id"] = catalog + "#" + dataset.Id },
                ["dcat:distribution"] = distributions,
            };
            if (dataset.ModifiedUtc is { } modified)
            {
                item["dct:modified"] = new JsonObject { ["@value"] = W3CDate.Format(modified), ["@type"] = "xsd:dateTime" };
            }

            datasets.Add(item);
        }

        return new JsonObject
        {
            ["@context"] = new JsonObject
            {
                ["dcat"] = "http://www.w3.org/ns/dcat#",
                ["dct"] = "http://purl.org/dc/terms/",
                ["foaf"] = "http://xmlns.com/foaf/0.1/",
                ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
            },
            ["@type"] = "dcat:Catalog",
            ["@id"] = catalog,
            ["dct:title"] = OpenDataText.Page_Title,
            ["dct:description"] = OpenDataText.Page_Description,
            ["dct:language"] = PublicLanguage.Vietnamese,
            ["dct:license"] = licence.DeepClone(),
            ["dct:publisher"] = new JsonObject { ["@type"] = "foaf:Organization", ["foaf:name"] = publisher },
            ["dcat:dataset"] = datasets,
        };
    }

    /// <summary>The latest save among <paramref name="items"/> as a row of dataset <paramref name="set"/> (none when empty).</summary>
    private static IQueryable<LatestSave> Latest<T>(IQueryable<T> items, int set)
        where T : ContentItem =>
        items.OrderByDescending(i => i.UpdatedAtUtc).Take(1).Select(i => new LatestSave { Set = set, At = i.UpdatedAtUtc });

    private sealed class LatestSave
    {
        public int Set { get; init; }

        public DateTime At { get; init; }
    }
}
