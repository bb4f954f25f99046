using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>/admin/van-ban: documents edited through the shared pipeline, and their PDFs checked before they are taken.</summary>
public sealed class AdminDocumentTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private const string Form = "main form[method=post]";

    private static byte[] Corpus(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "Pdf", name));

    private static async Task<int> CreateAsync(HttpClient client, string number, Dictionary<string, string>? fields = null)
    {
        var values = new Dictionary<string, string>
        {
            ["Form.DocumentNumber"] = number,
            ["Form.Type"] = nameof(LegalDocumentType.Decision),
            ["Form.IssuingBody"] = "Ủy ban nhân dân phường Thanh Miếu",
            ["Form.SignedOn"] = "05/01/2026",
            ["Form.Summary"] = "Quyết định thử nghiệm về lịch tiếp nhận hồ sơ",
        };
        foreach (var (key, value) in fields ?? [])
        {
            values[key] = value;
        }

        return IdFromRedirect(await client.SubmitAsync("/admin/van-ban/tao", Form, values));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int id, byte[] bytes, string fileName, string title = "Toàn văn")
    {
        var token = await client.GetAntiforgeryTokenAsync($"/admin/van-ban/{id}/sua");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "NewFile.File", fileName);
        form.Add(new StringContent(title), "NewFile.Title");
        form.Add(new StringContent(token), TokenField);
        return await client.PostAsync($"/admin/van-ban/{id}/tep/them", form);
    }

    private Task<int> FileCountAsync() => factory.WithDbAsync(db => db.LegalDocumentFiles.CountAsync());

    private int MediaFileCount() =>
        Directory.Exists(Path.Combine(factory.DataFolder, "media")) ? Directory.GetFiles(Path.Combine(factory.DataFolder, "media"), "*.pdf").Length : 0;

    [Fact]
    public async Task CreatedDocument_ShowsOnTheRegister_FindableWithoutDiacritics_AndIsAudited()
    {
        var client = await factory.SignedInClientAsync();

        var id = await CreateAsync(client, "15/QĐ-UBND", new() { ["Form.Field"] = "Cải cách hành chính", ["Form.EffectiveOn"] = "2026-01-10" });

        var saved = await factory.WithDbAsync(db => db.LegalDocuments.SingleAsync(d => d.Id == id));
        Assert.Equal("15-qd-ubnd", saved.Slug);
        Assert.Equal(new DateOnly(2026, 1, 5), saved.SignedOn);
        Assert.Equal(new DateOnly(2026, 1, 10), saved.EffectiveOn);
        Assert.Null(saved.Signer);
        var page = await factory.CreateClient().GetDocumentAsync("/van-ban/15-qd-ubnd");
        Assert.Contains("Cải cách hành chính", page.QuerySelector("dl.facts")?.TextContent);
        var found = await factory.CreateClient().GetDocumentAsync("/van-ban?q=15-qd-ubnd");
        Assert.Contains(found.QuerySelectorAll(".document-list h3"), h => h.TextContent.Contains("15/QĐ-UBND", StringComparison.Ordinal));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.EntityType == nameof(LegalDocument) && a.EntityId == id.ToString(CultureInfo.InvariantCulture) && a.Action == AuditAction.Create)));
    }

    [Fact]
    public async Task EditingTheSummary_RenewsTheSearchText_AndAStaleFormGets409()
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateAsync(client, "16/QĐ-UBND");
        var stale = await client.GetDocumentAsync($"/admin/van-ban/{id}/sua");

        var response = await client.SubmitAsync($"/admin/van-ban/{id}/sua", Form, new Dictionary<string, string> { ["Form.Summary"] = "Quyết định về chợ đêm Tiên Dung" });

        AssertRedirect(response, $"/admin/van-ban/{id}/sua");
        var found = await factory.CreateClient().GetDocumentAsync("/van-ban?q=" + Uri.EscapeDataString("cho dem tien dung"));
        Assert.Contains(found.QuerySelectorAll(".document-list h3"), h => h.TextContent.Contains("16/QĐ-UBND", StringComparison.Ordinal));

        var conflict = await client.SubmitAsync(stale, Form, new Dictionary<string, string> { ["Form.Summary"] = "Một bản khác" });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
    }

    [Fact]
    public async Task Rules_RefuseAnEffectiveDateBeforeSigning_AndACircleOfReplacements()
    {
        var client = await factory.SignedInClientAsync();

        var early = await client.SubmitAsync("/admin/van-ban/tao", Form, new Dictionary<string, string>
        {
            ["Form.DocumentNumber"] = "17/QĐ-UBND",
            ["Form.IssuingBody"] = "UBND",
            ["Form.Summary"] = "Thử",
            ["Form.SignedOn"] = "10/01/2026",
            ["Form.EffectiveOn"] = "09/01/2026",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Equal("Ngày có hiệu lực không được trước ngày ký.", FieldError(await ParseAsync(early), "Form.EffectiveOn"));

        var older = await CreateAsync(client, "18/QĐ-UBND");
        var newer = await CreateAsync(client, "19/QĐ-UBND", new() { ["Form.ReplacesId"] = older.ToString(CultureInfo.InvariantCulture) });
        var circle = await client.SubmitAsync($"/admin/van-ban/{older}/sua", Form, new Dictionary<string, string> { ["Form.ReplacesId"] = newer.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, circle.StatusCode);
        Assert.Contains("dẫn ngược về chính văn bản đang sửa", FieldError(await ParseAsync(circle), "Form.ReplacesId"));

        var missing = await client.SubmitAsync("/admin/van-ban/tao", Form, new Dictionary<string, string> { ["Form.DocumentNumber"] = "" });
        Assert.Equal("Vui lòng nhập số ký hiệu.", FieldError(await ParseAsync(missing), "Form.DocumentNumber"));
    }

    [Fact]
    public async Task ArchivingADocument_HidesItsPage_AndItsFile()
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateAsync(client, "20/QĐ-UBND");
        AssertRedirect(await UploadAsync(client, id, Corpus("valid.pdf"), "quyet-dinh.pdf"), $"/admin/van-ban/{id}/sua");
        var fileId = await factory.WithDbAsync(db => db.LegalDocumentFiles.Where(f => f.LegalDocumentId == id).Select(f => f.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/van-ban/20-qd-ubnd/tep/{fileId}")).StatusCode);

        var archived = await client.SubmitAsync($"/admin/van-ban/{id}/sua", $"form[action='/admin/van-ban/{id}/luu-tru']");

        AssertRedirect(archived, $"/admin/van-ban/{id}/sua");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/van-ban/20-qd-ubnd")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/van-ban/20-qd-ubnd/tep/{fileId}")).StatusCode);
    }

    [Fact]
    public async Task AValidPdf_IsStoredUnderAServerName_AndDownloadedAsAnAttachment()
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateAsync(client, "21/QĐ-UBND");

        var response = await UploadAsync(client, id, Corpus("valid.pdf"), "Quyết định <21>.pdf");

        AssertRedirect(response, $"/admin/van-ban/{id}/sua");
        var file = await factory.WithDbAsync(db => db.LegalDocumentFiles.SingleAsync(f => f.LegalDocumentId == id));
        Assert.Matches("^[0-9a-f]{32}\\.pdf$", file.FileName);
        Assert.Equal("Quyết định <21>.pdf", file.OriginalName);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(LegalDocumentFile) && a.Action == AuditAction.Upload)));

        var page = await factory.CreateClient().GetDocumentAsync("/van-ban/21-qd-ubnd");
        var link = page.QuerySelector($"a[href='/van-ban/21-qd-ubnd/tep/{file.Id}']");
        Assert.Equal("Toàn văn (PDF, 1 KB)", link?.TextContent);
        var download = await factory.CreateClient().GetAsync(link!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"21-qd-ubnd-{file.Id}.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Corpus("valid.pdf"), await download.Content.ReadAsByteArrayAsync());

        // The media route serves images only: a document's file is reached through its (visible) document.
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/media/" + file.FileName)).StatusCode);
    }

    public static TheoryData<string, HttpStatusCode, string> RefusedFiles() => new()
    {
        { "javascript.pdf", HttpStatusCode.BadRequest, "có chứa mã JavaScript" },
        { "launch.pdf", HttpStatusCode.BadRequest, "lệnh mở chương trình khác" },
        { "embedded-file.pdf", HttpStatusCode.BadRequest, "có tệp khác đính kèm bên trong" },
        { "truncated.pdf", HttpStatusCode.BadRequest, "thiếu phần kết %%EOF" },
        { "html-renamed.pdf", HttpStatusCode.UnsupportedMediaType, "không phải tệp PDF" },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task UnsafeOrBrokenPdfs_AreRefused_WithAVietnameseReasonBesideTheField(string corpusFile, HttpStatusCode expected, string reason)
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateAsync(client, "30/" + Path.GetFileNameWithoutExtension(corpusFile).ToUpperInvariant());
        var before = (await FileCountAsync(), MediaFileCount());

        var response = await UploadAsync(client, id, Corpus(corpusFile), corpusFile);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(reason, FieldError(await ParseAsync(response), "NewFile.File"), StringComparison.Ordinal);
        Assert.Equal(before, (await FileCountAsync(), MediaFileCount()));
    }

    [Fact]
    public async Task AnOversizedPdf_Gets413_WithTheLimitNamed()
    {
        using var portal = new PortalFactory(settings: new Dictionary<string, string?> { ["Media:MaxDocumentBytes"] = "1048576" });
        var client = await portal.SignedInClientAsync();
        var id = await CreateAsync(client, "31/QĐ-UBND");
        var valid = Corpus("valid.pdf");
        var oversized = valid[..^6].Concat(new byte[1024 * 1024]).Concat("\n%%EOF\n"u8.ToArray()).ToArray();

        var response = await UploadAsync(client, id, oversized, "lon.pdf");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Tệp PDF quá lớn: tối đa 1 MB.", FieldError(await ParseAsync(response), "NewFile.File"));
        Assert.Equal(0, await portal.WithDbAsync(db => db.LegalDocumentFiles.CountAsync()));
    }

    [Fact]
    public async Task AFileWithoutATitle_OrWithoutAFile_IsRefusedBesideItsField()
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateAsync(client, "32/QĐ-UBND");

        var untitled = await UploadAsync(client, id, Corpus("valid.pdf"), "a.pdf", title: "");
        Assert.Equal(HttpStatusCode.BadRequest, untitled.StatusCode);
        Assert.Equal("Vui lòng nhập tên tệp.", FieldError(await ParseAsync(untitled), "NewFile.Title"));

        var empty = await UploadAsync(client, id, [], "rong.pdf");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("Vui lòng chọn một tệp PDF.", FieldError(await ParseAsync(empty), "NewFile.File"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.LegalDocumentFiles.CountAsync(f => f.LegalDocumentId == id)));
    }

    [Fact]
    public async Task DeletingAFile_AsksFirst_ThenRemovesTheRowAndTheStoredFile()
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateAsync(client, "33/QĐ-UBND");
        await UploadAsync(client, id, Corpus("valid.pdf"), "xoa.pdf", title: "Bản cần xóa");
        var file = await factory.WithDbAsync(db => db.LegalDocumentFiles.SingleAsync(f => f.LegalDocumentId == id));
        var path = Path.Combine(factory.DataFolder, "media", file.FileName);
        Assert.True(File.Exists(path));

        var question = await client.GetDocumentAsync($"/admin/van-ban/{id}/tep/{file.Id}/xoa");
        Assert.Contains("Bản cần xóa", question.QuerySelector("h1")?.TextContent);
        var response = await client.SubmitAsync(question, Form);

        AssertRedirect(response, $"/admin/van-ban/{id}/sua");
        Assert.False(File.Exists(path));
        Assert.False(await factory.WithDbAsync(db => db.LegalDocumentFiles.AnyAsync(f => f.Id == file.Id)));
    }
}
