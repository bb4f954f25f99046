using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThanhMieu.Portal.Data.Seeding;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Tests.Integration;

public sealed class ContentCorrectionsTests
{
    private const string CongressSlug = "bao-cao-chinh-tri-dai-hoi-lan-thu-i";
    private const string OldCongressTitle = "Báo cáo chính trị Đại hội đại biểu Đảng bộ phường Thanh Miếu lần thứ I, nhiệm kỳ 2025–2030";
    private const string StaffSummary = "Tóm tắt do biên tập viên viết lại.";

    private static async Task<int> CorrectAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentCorrections>().ApplyAsync();
    }

    [Fact]
    public async Task Corrections_FixRowsStillHoldingTheOldSeedAndLeaveStaffEditsAlone()
    {
        using var factory = new PortalFactory();
        // A database as the old seed left it: the old texts, the old kind, the items added since missing, seeding-time dates.
        await factory.WithDbAsync(async db =>
        {
            var congress = await db.Articles.SingleAsync(a => a.Slug == CongressSlug);
            congress.Title = OldCongressTitle;
            congress.PublishedAtUtc = congress.CreatedAtUtc.AddMinutes(-1);
            (await db.HeritageSites.SingleAsync(s => s.Slug == "dinh-chua-mo-chu-ha")).Kind = HeritageKind.Dinh;
            // Before ADR 0010 festivals had their dates as text only.
            db.FestivalDates.RemoveRange(db.FestivalDates);
            (await db.Festivals.SingleAsync(f => f.Slug == "le-hoi-den-tam-giang")).LunarDate = "3–5/1; 10/3; 25/9";
            (await db.Festivals.SingleAsync(f => f.Slug == "boi-chai")).LunarDate = "9/3";
            (await db.Festivals.SingleAsync(f => f.Slug == "le-hoi-den-chua-lang-dai")).LunarDate = "7/1 và 15/8 (nguồn do biên tập viên thêm)";
            (await db.Festivals.SingleAsync(f => f.Slug == "hoi-thi-gia-banh-day")).LunarDate = "tháng Giêng";
            db.Festivals.RemoveRange(db.Festivals.Where(f => f.Slug == "le-hoi-den-tien" || f.Slug == "le-hoi-den-thuong-tho"));
            db.HeritageSites.RemoveRange(db.HeritageSites.Where(s => s.Slug == "den-tien"));
            db.Targets.RemoveRange(db.Targets.Where(t => t.Slug == "nang-cao-nang-luc-lanh-dao-va-suc-chien-dau-cua-dang-bo"));
            // A staff edit: a changed summary (no longer the old seed text) and a date someone saved.
            var edited = await db.Articles.SingleAsync(a => a.Slug == "ty-le-ho-ngheo-giam-tu-0-55-xuong-0-27");
            edited.Summary = StaffSummary;
            edited.PublishedAtUtc = edited.CreatedAtUtc.AddMinutes(-2);
            edited.UpdatedBy = "bientap@example.vn";
            await db.SaveChangesAsync();
            await db.Articles.Where(a => a.Slug == "ty-le-ho-ngheo-giam-tu-0-55-xuong-0-27")
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.UpdatedBy, "bientap@example.vn"));
            return 0;
        });
        var staffDate = await factory.WithDbAsync(db => db.Articles.Where(a => a.Slug == "ty-le-ho-ngheo-giam-tu-0-55-xuong-0-27").Select(a => a.PublishedAtUtc).SingleAsync());

        var changes = await CorrectAsync(factory);

        Assert.True(changes >= 8, $"{changes} changes");
        await factory.WithDbAsync(async db =>
        {
            var congress = await db.Articles.AsNoTracking().SingleAsync(a => a.Slug == CongressSlug);
            Assert.StartsWith("Tóm lược bài viết của đồng chí Phạm Xuân Hiệp", congress.Title, StringComparison.Ordinal);
            Assert.True(Article.IsUndated(congress.PublishedAtUtc!.Value));
            Assert.Equal(HeritageKind.DinhChua, (await db.HeritageSites.SingleAsync(s => s.Slug == "dinh-chua-mo-chu-ha")).Kind);
            // A text the seed once wrote gets the seed's dates, every source's version with its notes; the text is emptied.
            var tamGiang = await db.Festivals.Include(f => f.Dates).SingleAsync(f => f.Slug == "le-hoi-den-tam-giang");
            Assert.Null(tamGiang.LunarDate);
            Assert.Equal(6, tamGiang.Dates.Count);
            Assert.Contains(tamGiang.Dates, d => d is { Day: 8, EndDay: 10, Month: 3, Source: "Báo Nhân Dân" });
            Assert.Contains(tamGiang.Dates, d => d is { Day: 10, Month: 3, Source: "Báo Phú Thọ", Note: "ngày sinh của Thánh" });
            Assert.Equal([(9, 3)], (await db.FestivalDates.Where(d => d.Festival!.Slug == "boi-chai").ToListAsync()).Select(d => (d.Day, d.Month)));
            // A text staff wrote is read as it stands; one that does not read stays, shown as written.
            var langDai = await db.FestivalDates.Where(d => d.Festival!.Slug == "le-hoi-den-chua-lang-dai").OrderBy(d => d.SortOrder).ToListAsync();
            Assert.Equal([(7, 1, "nguồn do biên tập viên thêm"), (15, 8, "nguồn do biên tập viên thêm")], langDai.Select(d => (d.Day, d.Month, d.Source)));
            var banhDay = await db.Festivals.Include(f => f.Dates).SingleAsync(f => f.Slug == "hoi-thi-gia-banh-day");
            Assert.Equal("tháng Giêng", banhDay.LunarDate);
            Assert.Empty(banhDay.Dates);
            var denTien = await db.HeritageSites.Include(s => s.FormerUnit).SingleAsync(s => s.Slug == "den-tien");
            Assert.Equal("tien-cat", denTien.FormerUnit?.Slug);
            Assert.Contains("Mẫu Long Hồng Đăng Ngạn", denTien.DescriptionHtml, StringComparison.Ordinal);
            Assert.Equal("den-tien", (await db.Festivals.Include(f => f.HeritageSite).SingleAsync(f => f.Slug == "le-hoi-den-tien")).HeritageSite?.Slug);
            var thuongTho = await db.FestivalDates.Where(d => d.Festival!.Slug == "le-hoi-den-thuong-tho").OrderBy(d => d.SortOrder).ToListAsync();
            Assert.Equal([(22, 2), (10, 10)], thuongTho.Select(d => (d.Day, d.Month)));
            Assert.True(await db.Targets.AnyAsync(t => t.Slug == "nang-cao-nang-luc-lanh-dao-va-suc-chien-dau-cua-dang-bo"));
            var edited = await db.Articles.AsNoTracking().SingleAsync(a => a.Slug == "ty-le-ho-ngheo-giam-tu-0-55-xuong-0-27");
            Assert.Equal(StaffSummary, edited.Summary);
            Assert.Equal(staffDate, edited.PublishedAtUtc);
            return 0;
        });

        Assert.Equal(0, await CorrectAsync(factory));
    }

    [Fact]
    public async Task Corrections_ChangeNothingInAFreshlySeededDatabase()
    {
        using var factory = new PortalFactory();

        Assert.Equal(0, await CorrectAsync(factory));
    }
}
