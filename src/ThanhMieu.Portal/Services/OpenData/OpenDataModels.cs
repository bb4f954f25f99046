using System.Text.Json.Serialization;

namespace ThanhMieu.Portal.Services.OpenData;

// The records the open data API answers with (/api/v1). Property names are English and written in camelCase,
// enumerations as camelCase strings (OpenDataJson); times are UTC (ISO 8601), dates are yyyy-MM-dd, numbers are JSON
// numbers. The XML comments below become the descriptions of the OpenAPI document's schemas.

/// <summary>One page of a list.</summary>
/// <param name="Items">The page's items.</param>
/// <param name="Page">The page's number, from 1.</param>
/// <param name="PageSize">How many items a page holds at most.</param>
/// <param name="Total">How many items the list holds in all.</param>
/// <param name="PageCount">How many pages the list has (at least 1).</param>
/// <param name="Links">Absolute addresses of this, the next and the previous page.</param>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, int PageCount, ApiPageLinks Links);

/// <summary>Absolute addresses of pages of a list.</summary>
/// <param name="Self">This page.</param>
/// <param name="First">The first page.</param>
/// <param name="Last">The last page.</param>
/// <param name="Next">The next page; null on the last page.</param>
/// <param name="Prev">The previous page; null on the first page.</param>
public sealed record ApiPageLinks(string Self, string First, string Last, string? Next, string? Prev);

/// <summary>An indicator of the ward's achievements with every published observation.</summary>
/// <param name="Slug">The indicator's stable identifier.</param>
/// <param name="Name">Its name, in Vietnamese.</param>
/// <param name="Group">The field it belongs to.</param>
/// <param name="Unit">The unit of its values (e.g. "%"); empty for a plain count.</param>
/// <param name="Description">What it measures; may be empty.</param>
/// <param name="UpdatedAtUtc">When it or its observations were last saved.</param>
/// <param name="Url">Where the public site shows it.</param>
/// <param name="Observations">Its published values, in the order the site shows them.</param>
public sealed record ApiIndicator(
    string Slug, string Name, IndicatorGroup Group, string Unit, string Description, DateTime UpdatedAtUtc, string Url,
    IReadOnlyList<ApiObservation> Observations);

/// <summary>One published value of an indicator.</summary>
/// <param name="StartYear">First year of the period the value covers; null for a single year.</param>
/// <param name="Year">The year (or last year of the period); null when the source gives none.</param>
/// <param name="Value">The value as published.</param>
/// <param name="OutOf">The total when the value is a count out of a total (20 of 20 schools); otherwise null.</param>
/// <param name="Qualifier">How the source qualifies the value (over, nearly ...); exact when it does not.</param>
/// <param name="Note">A remark of the source; may be empty.</param>
/// <param name="Source">Where the value is published.</param>
public sealed record ApiObservation(int? StartYear, int? Year, decimal Value, decimal? OutOf, ValueQualifier Qualifier, string Note, string Source);

/// <summary>A target of the 2025-2030 term with its dated progress updates.</summary>
/// <param name="Slug">The target's stable identifier.</param>
/// <param name="Title">Its title, in Vietnamese.</param>
/// <param name="Description">What it asks for; may be empty.</param>
/// <param name="Breakthrough">The breakthrough it serves; null for a general target.</param>
/// <param name="Metric">What is measured; null when the target is qualitative.</param>
/// <param name="Unit">The unit of the values; null when none.</param>
/// <param name="BaselineValue">The value at the start; null when not numeric.</param>
/// <param name="TargetValue">The value to reach; null when not numeric.</param>
/// <param name="DeadlineYear">The year it is due; null when none is set.</param>
/// <param name="ResponsibleBody">Who is responsible; null when not named.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="UpdatedAtUtc">When it or its updates were last saved.</param>
/// <param name="Url">Where the public site shows it.</param>
/// <param name="ProgressPercent">
/// The share of the way done, in percent: (latest value − baseline) ÷ (target − baseline), the latest value being the
/// newest-dated update's that gives one; null unless the three numbers are known and target ≠ baseline. May pass 100.
/// </param>
/// <param name="ProgressUpdates">Its progress updates, newest first.</param>
public sealed record ApiTarget(
    string Slug, string Title, string Description, ApiBreakthrough? Breakthrough, string? Metric, string? Unit,
    decimal? BaselineValue, decimal? TargetValue, int? DeadlineYear, string? ResponsibleBody, TargetStatus Status,
    DateTime UpdatedAtUtc, string Url, decimal? ProgressPercent, IReadOnlyList<ApiProgressUpdate> ProgressUpdates);

/// <summary>A strategic breakthrough of a congress term.</summary>
/// <param name="Slug">The breakthrough's stable identifier.</param>
/// <param name="Number">Its number within the term.</param>
/// <param name="Title">Its title, in Vietnamese.</param>
/// <param name="TermStartYear">First year of the term (2025 for 2025-2030).</param>
public sealed record ApiBreakthrough(string Slug, int Number, string Title, int TermStartYear);

/// <summary>A dated report of a target's progress.</summary>
/// <param name="Date">The date of the report.</param>
/// <param name="Value">The value reached; null when the report gives none.</param>
/// <param name="Note">What the report says; may be empty.</param>
/// <param name="Source">Where it is published.</param>
public sealed record ApiProgressUpdate(DateOnly Date, decimal? Value, string Note, string Source);

/// <summary>A heritage site of the ward with its festivals.</summary>
/// <param name="Slug">The site's stable identifier.</param>
/// <param name="Name">Its name, in Vietnamese.</param>
/// <param name="Kind">What kind of site it is.</param>
/// <param name="Summary">A short description.</param>
/// <param name="RecognitionLevel">Its recognition as published; null when none is known.</param>
/// <param name="Address">Its address; null when not known.</param>
/// <param name="Latitude">Latitude (WGS 84) from a source; null when none gives it.</param>
/// <param name="Longitude">Longitude (WGS 84) from a source; null when none gives it.</param>
/// <param name="FormerUnit">The former ward or commune it stood in; null when not known.</param>
/// <param name="Sources">Where the facts come from, one source per line.</param>
/// <param name="UpdatedAtUtc">When it or its festivals were last saved.</param>
/// <param name="Url">Its page on the public site.</param>
/// <param name="Festivals">The festivals held there.</param>
public sealed record ApiHeritageSite(
    string Slug, string Name, HeritageKind Kind, string Summary, string? RecognitionLevel, string? Address,
    double? Latitude, double? Longitude, string? FormerUnit, string Sources, DateTime UpdatedAtUtc, string Url,
    IReadOnlyList<ApiFestival> Festivals);

/// <summary>A festival held at a heritage site.</summary>
/// <param name="Slug">The festival's stable identifier.</param>
/// <param name="Name">Its name, in Vietnamese.</param>
/// <param name="LunarDate">Its lunar date(s) as the sources give them (day/month, e.g. "9/3"); null when none does.</param>
/// <param name="DateNote">Conflicting or uncertain dates, with their sources; null when none.</param>
/// <param name="Description">What happens; may be empty.</param>
/// <param name="Recognition">Its recognition; null when none is known.</param>
/// <param name="Sources">Where the facts come from, one source per line.</param>
/// <param name="Dates">Its lunar dates as data, one per source's version, each with its solar days this year and next.</param>
public sealed record ApiFestival(
    string Slug, string Name, string? LunarDate, string? DateNote, string Description, string? Recognition, string Sources,
    IReadOnlyList<ApiFestivalDate> Dates);

/// <summary>One lunar date of a festival, as one source gives it, with its solar days.</summary>
/// <param name="Day">The lunar day of the month (1 to 30).</param>
/// <param name="Month">The lunar month (1 to 12).</param>
/// <param name="EndDay">The last lunar day when the festival lasts several days; null for one day.</param>
/// <param name="IsLeapMonth">Whether the month is the leap (intercalary) month of that number.</param>
/// <param name="Source">Who gives this date.</param>
/// <param name="Note">A remark on this date; null when none.</param>
/// <param name="SolarDates">Its solar days in this lunar year and the next (Vietnamese lunar calendar, UTC+7).</param>
public sealed record ApiFestivalDate(int Day, int Month, int? EndDay, bool IsLeapMonth, string Source, string? Note, IReadOnlyList<ApiSolarDates> SolarDates);

/// <summary>A lunar date's solar days in one lunar year.</summary>
/// <param name="LunarYear">The lunar year (the year its Tet begins).</param>
/// <param name="Start">The solar first day (ISO 8601 date); null when that year has no such lunar day.</param>
/// <param name="End">The solar last day, the same as Start for one day; null when Start is.</param>
public sealed record ApiSolarDates(int LunarYear, DateOnly? Start, DateOnly? End);

/// <summary>A published article, as listed.</summary>
/// <param name="Slug">The article's stable identifier.</param>
/// <param name="Title">Its title.</param>
/// <param name="Summary">Its summary; may be empty.</param>
/// <param name="Category">Its category's name.</param>
/// <param name="CategorySlug">Its category's identifier.</param>
/// <param name="PublishedAtUtc">When it was published.</param>
/// <param name="UpdatedAtUtc">When it was last saved.</param>
/// <param name="Url">Its page on the public site.</param>
public sealed record ApiArticleSummary(
    string Slug, string Title, string Summary, string Category, string CategorySlug, DateTime PublishedAtUtc, DateTime UpdatedAtUtc, string Url);

/// <summary>A published article with its body.</summary>
/// <param name="Slug">The article's stable identifier.</param>
/// <param name="Title">Its title.</param>
/// <param name="Summary">Its summary; may be empty.</param>
/// <param name="Category">Its category's name.</param>
/// <param name="CategorySlug">Its category's identifier.</param>
/// <param name="Tags">The names of its tags.</param>
/// <param name="Author">Its author; null when not named.</param>
/// <param name="PublishedAtUtc">When it was published.</param>
/// <param name="UpdatedAtUtc">When it was last saved.</param>
/// <param name="Url">Its page on the public site.</param>
/// <param name="BodyHtml">Its body as the site shows it (sanitised HTML).</param>
public sealed record ApiArticle(
    string Slug, string Title, string Summary, string Category, string CategorySlug, IReadOnlyList<string> Tags, string? Author,
    DateTime PublishedAtUtc, DateTime UpdatedAtUtc, string Url, string BodyHtml);

/// <summary>An entry of the documents register.</summary>
/// <param name="Slug">The document's stable identifier.</param>
/// <param name="DocumentNumber">Its number and symbol as printed (e.g. "1676/NQ-UBTVQH15").</param>
/// <param name="Type">Its type.</param>
/// <param name="IssuingBody">Who issued it.</param>
/// <param name="Signer">Who signed it; null when the sources do not say.</param>
/// <param name="SignedOn">The date it was signed.</param>
/// <param name="EffectiveOn">The date it took effect; null when not known.</param>
/// <param name="Summary">Its summary line.</param>
/// <param name="Field">The field it belongs to; null when none is given.</param>
/// <param name="Status">Whether it still applies.</param>
/// <param name="Replaces">The identifier of the document it replaces; null when none (or not public).</param>
/// <param name="Sources">Where the facts come from, one source per line.</param>
/// <param name="UpdatedAtUtc">When it was last saved.</param>
/// <param name="Url">Its page on the public site.</param>
/// <param name="Files">Its files (PDF).</param>
public sealed record ApiDocument(
    string Slug, string DocumentNumber, LegalDocumentType Type, string IssuingBody, string? Signer, DateOnly SignedOn, DateOnly? EffectiveOn,
    string Summary, string? Field, LegalDocumentStatus Status, string? Replaces, string Sources, DateTime UpdatedAtUtc, string Url,
    IReadOnlyList<ApiDocumentFile> Files);

/// <summary>A file of a document.</summary>
/// <param name="Title">What the file is (the signed text, an appendix).</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="Url">Where to download it.</param>
/// <param name="Id">The file's id, for making its address; not part of the API.</param>
public sealed record ApiDocumentFile(string Title, long Length, string Url, [property: JsonIgnore] int Id);
