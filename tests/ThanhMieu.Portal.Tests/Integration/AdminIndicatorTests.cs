using System.Net;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>/admin/chi-tieu: indicators and their observations, as staff edit them and residents see them.</summary>
public sealed class AdminIndicatorTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private async Task<(int IndicatorId, int ObservationId)> PoorHouseholds2025Async() =>
        await factory.WithDbAsync(async db =>
        {
            var indicator = await db.Indicators.Include(i => i.Observations).SingleAsync(i => i.Slug == "ty-le-ho-ngheo");
            return (indicator.Id, indicator.Observations.Single(o => o.Year == 2025).Id);
        });

    private static async Task<int> CreateIndicatorAsync(HttpClient client, string name, string unit = "%")
    {
        var response = await client.SubmitAsync("/admin/chi-tieu/tao", "main form[method=post]", new Dictionary<string, string>
        {
            ["Form.Name"] = name,
            ["Form.Group"] = nameof(IndicatorGroup.Society),
            ["Form.Unit"] = unit,
        });
        return IdFromRedirect(response);
    }

    private static Task<HttpResponseMessage> AddObservationAsync(HttpClient client, int indicatorId, Dictionary<string, string> fields) =>
        client.SubmitAsync($"/admin/chi-tieu/{indicatorId}/sua", "form[action$='/so-lieu/them']", fields);

    [Fact]
    public async Task EditingAnObservationValue_ShowsOnAchievementsPageAtOnce_InVietnameseFormat()
    {
        var client = await factory.SignedInClientAsync();
        var (indicatorId, observationId) = await PoorHouseholds2025Async();

        var response = await client.SubmitAsync(
            $"/admin/chi-tieu/{indicatorId}/sua",
            $"#so-lieu-{observationId} form[action$='/sua']",
            new Dictionary<string, string> { [$"Observation{observationId}.Value"] = "0,31" });

        AssertRedirect(response, $"/admin/chi-tieu/{indicatorId}/sua#so-lieu");
        var page = await client.GetDocumentAsync("/thanh-tuu");
        var rows = page.QuerySelector("#chi-tieu-ty-le-ho-ngheo")!.ParentElement!.QuerySelectorAll("tbody tr")
            .Select(r => (r.QuerySelector("th")!.TextContent.Trim(), r.QuerySelector("td")!.TextContent.Trim()))
            .ToList();
        Assert.Contains(("2025", "0,31%"), rows);
        Assert.Equal(0.31m, await factory.WithDbAsync(db => db.Observations.Where(o => o.Id == observationId).Select(o => o.Value).SingleAsync()));
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("1")]
    public async Task AYesNoFieldPostedAsNeither_IsRefusedBesideTheField_AndTheFormIsShownAgain(string posted)
    {
        var client = await factory.SignedInClientAsync();

        var response = await client.SubmitAsync("/admin/chi-tieu/tao", "main form[method=post]", new Dictionary<string, string>
        {
            ["Form.Name"] = "Chỉ tiêu thử hộp kiểm",
            ["Form.IsKeyFigure"] = posted,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Contains("không hợp lệ", FieldError(page, "Form.IsKeyFigure"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("input[type=checkbox][name='Form.IsKeyFigure']"));
        Assert.False(await factory.WithDbAsync(db => db.Indicators.AnyAsync(i => i.Name == "Chỉ tiêu thử hộp kiểm")));
    }

    [Theory]
    [InlineData("0,27", "0.27")]
    [InlineData("15.200", "15200")]
    [InlineData("0.27", "0.27")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData(" 96 ", "96")]
    public async Task ObservationValue_AcceptsVietnameseAndPlainDecimals(string typed, string expected)
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateIndicatorAsync(client, "Chỉ tiêu thử số " + Guid.NewGuid().ToString("N")[..8]);

        var response = await AddObservationAsync(client, id, new() { ["NewObservation.Year"] = "2024", ["NewObservation.Value"] = typed });

        AssertRedirect(response, $"/admin/chi-tieu/{id}/sua");
        var value = await factory.WithDbAsync(db => db.Observations.Where(o => o.IndicatorId == id).Select(o => o.Value).SingleAsync());
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("NewObservation.Value", "abc", "phải là một số")]
    [InlineData("NewObservation.Value", "1,2,3", "phải là một số")]
    [InlineData("NewObservation.Value", "", "Vui lòng nhập giá trị")]
    [InlineData("NewObservation.Value", "1.000.000.000.000.000", "quá lớn")]
    [InlineData("NewObservation.Year", "năm ngoái", "phải là một số nguyên")]
    [InlineData("NewObservation.Year", "20255", "phải từ 1900 đến 2100")]
    [InlineData("NewObservation.Qualifier", "99", "không hợp lệ")]
    public async Task BadObservationInput_ShowsVietnameseMessageBesideTheField_AndSavesNothing(string field, string typed, string message)
    {
        var client = await factory.SignedInClientAsync();
        var (indicatorId, _) = await PoorHouseholds2025Async();
        var before = await factory.WithDbAsync(db => db.Observations.CountAsync(o => o.IndicatorId == indicatorId));

        var fields = new Dictionary<string, string> { ["NewObservation.Year"] = "2024", ["NewObservation.Value"] = "0,3" };
        fields[field] = typed;
        var response = await AddObservationAsync(client, indicatorId, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Contains(message, FieldError(page, field), StringComparison.Ordinal);
        Assert.Equal(typed.Trim(), page.QuerySelector($"[name='{field}']")?.GetAttribute("value") ?? typed.Trim());
        Assert.Equal(before, await factory.WithDbAsync(db => db.Observations.CountAsync(o => o.IndicatorId == indicatorId)));
    }

    [Fact]
    public async Task ObservationWithoutYear_IsSavedWithAnEmptyYear()
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateIndicatorAsync(client, "Chỉ tiêu không nêu năm");

        var response = await AddObservationAsync(client, id, new() { ["NewObservation.Year"] = "", ["NewObservation.Value"] = "97,25", ["NewObservation.Qualifier"] = nameof(ValueQualifier.Over) });

        AssertRedirect(response, $"/admin/chi-tieu/{id}/sua");
        var observation = await factory.WithDbAsync(db => db.Observations.SingleAsync(o => o.IndicatorId == id));
        Assert.Null(observation.Year);
        Assert.Equal(ValueQualifier.Over, observation.Qualifier);
        var achievements = Text(await client.GetDocumentAsync("/thanh-tuu"));
        Assert.Contains("Không nêu trên 97,25%", achievements, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatedIndicator_ShowsOnAchievementsPage_WithItsObservation()
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateIndicatorAsync(client, "Tỷ lệ hộ dùng nước sạch", "%");
        Assert.Equal("ty-le-ho-dung-nuoc-sach", await factory.WithDbAsync(db => db.Indicators.Where(i => i.Id == id).Select(i => i.Slug).SingleAsync()));

        await AddObservationAsync(client, id, new() { ["NewObservation.Year"] = "2025", ["NewObservation.Value"] = "99,5" });

        var page = await client.GetDocumentAsync("/thanh-tuu");
        var section = page.QuerySelector("#chi-tieu-ty-le-ho-dung-nuoc-sach")?.ParentElement;
        Assert.NotNull(section);
        Assert.Contains("99,5%", section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovingAnObservation_DeletesItAndTheAchievementsPageDropsIt()
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateIndicatorAsync(client, "Chỉ tiêu để xóa số liệu");
        await AddObservationAsync(client, id, new() { ["NewObservation.Year"] = "2023", ["NewObservation.Value"] = "12,75" });
        var observationId = await factory.WithDbAsync(db => db.Observations.Where(o => o.IndicatorId == id).Select(o => o.Id).SingleAsync());

        var response = await client.SubmitAsync($"/admin/chi-tieu/{id}/so-lieu/{observationId}/xoa", "main form[method=post]");

        AssertRedirect(response, $"/admin/chi-tieu/{id}/sua");
        Assert.False(await factory.WithDbAsync(db => db.Observations.AnyAsync(o => o.Id == observationId)));
        Assert.DoesNotContain("12,75%", Text(await client.GetDocumentAsync("/thanh-tuu")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateSlug_IsRefusedWithAMessageBesideTheField()
    {
        var client = await factory.SignedInClientAsync();

        var response = await client.SubmitAsync("/admin/chi-tieu/tao", "main form[method=post]", new Dictionary<string, string>
        {
            ["Form.Name"] = "Một chỉ tiêu khác",
            ["Form.Slug"] = "ty-le-ho-ngheo",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Contains("đã được dùng", FieldError(page, "Form.Slug"), StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Indicators.CountAsync(i => i.Slug == "ty-le-ho-ngheo")));
        Assert.False(await factory.WithDbAsync(db => db.Indicators.AnyAsync(i => i.Name == "Một chỉ tiêu khác")));
    }

    [Fact]
    public async Task EmptySlug_IsSuggestedFromTheName_AndMadeUnique()
    {
        var client = await factory.SignedInClientAsync();

        var first = await CreateIndicatorAsync(client, "Tỷ lệ hộ nghèo đa chiều");
        var second = await CreateIndicatorAsync(client, "Tỷ lệ hộ nghèo đa chiều");

        var slugs = await factory.WithDbAsync(db => db.Indicators.Where(i => i.Id == first || i.Id == second).OrderBy(i => i.Id).Select(i => i.Slug).ToListAsync());
        Assert.Equal(["ty-le-ho-ngheo-da-chieu", "ty-le-ho-ngheo-da-chieu-2"], slugs);
    }

    [Theory]
    [InlineData("Den Tam Giang")]
    [InlineData("den--tam")]
    [InlineData("đền")]
    public async Task MalformedSlug_IsRefusedWithAMessage(string slug)
    {
        var client = await factory.SignedInClientAsync();

        var response = await client.SubmitAsync("/admin/chi-tieu/tao", "main form[method=post]", new Dictionary<string, string>
        {
            ["Form.Name"] = "Chỉ tiêu đường dẫn sai",
            ["Form.Slug"] = slug,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("chữ thường không dấu", FieldError(await ParseAsync(response), "Form.Slug"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverlongName_ShowsALengthMessage_AndSavesNothing()
    {
        var client = await factory.SignedInClientAsync();
        var name = new string('a', 201);

        var response = await client.SubmitAsync("/admin/chi-tieu/tao", "main form[method=post]", new Dictionary<string, string> { ["Form.Name"] = name });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("không được dài quá 200 ký tự", FieldError(await ParseAsync(response), "Form.Name"), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Indicators.AnyAsync(i => i.Name == name)));
    }

    [Fact]
    public async Task ArchivingAnIndicator_HidesItFromAchievements_AndRestoringShowsItAgain()
    {
        var client = await factory.SignedInClientAsync();
        var id = await CreateIndicatorAsync(client, "Chỉ tiêu lưu trữ thử");
        await AddObservationAsync(client, id, new() { ["NewObservation.Year"] = "2022", ["NewObservation.Value"] = "42" });
        Assert.NotNull((await client.GetDocumentAsync("/thanh-tuu")).QuerySelector("#chi-tieu-chi-tieu-luu-tru-thu"));

        var archived = await client.SubmitAsync("/admin/chi-tieu?Q=luu+tru+thu", $"form[action='/admin/chi-tieu/{id}/luu-tru']");

        AssertRedirect(archived, "/admin/chi-tieu?Q=luu+tru+thu");
        Assert.Null((await client.GetDocumentAsync("/thanh-tuu")).QuerySelector("#chi-tieu-chi-tieu-luu-tru-thu"));
        Assert.Contains("Đã lưu trữ", Text(await client.GetDocumentAsync("/admin/chi-tieu?Q=luu+tru+thu&Show=All")), StringComparison.Ordinal);

        var restored = await client.SubmitAsync($"/admin/chi-tieu/{id}/sua", $"form[action='/admin/chi-tieu/{id}/khoi-phuc']");

        AssertRedirect(restored, $"/admin/chi-tieu/{id}/sua");
        Assert.NotNull((await client.GetDocumentAsync("/thanh-tuu")).QuerySelector("#chi-tieu-chi-tieu-luu-tru-thu"));
    }

    [Fact]
    public async Task TwoEditorsSavingTheSameIndicator_SecondGetsAConflictShowingBothValues_AndTheFirstIsKept()
    {
        var first = await factory.SignedInClientAsync();
        var second = await factory.SignedInClientAsync();
        var id = await CreateIndicatorAsync(first, "Chỉ tiêu hai người sửa");
        var firstForm = await first.GetDocumentAsync($"/admin/chi-tieu/{id}/sua");
        var secondForm = await second.GetDocumentAsync($"/admin/chi-tieu/{id}/sua");

        var firstSave = await first.SubmitAsync(firstForm, "main form[method=post]", new Dictionary<string, string> { ["Form.Unit"] = "hộ" });
        var secondSave = await second.SubmitAsync(secondForm, "main form[method=post]", new Dictionary<string, string> { ["Form.Unit"] = "người" });

        AssertRedirect(firstSave, $"/admin/chi-tieu/{id}/sua");
        Assert.Equal(HttpStatusCode.Conflict, secondSave.StatusCode);
        var conflict = await ParseAsync(secondSave);
        var row = conflict.QuerySelectorAll(".conflict-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Đơn vị tính");
        Assert.Equal("hộ", row.QuerySelector(".saved-value")!.TextContent);
        Assert.Equal("người", row.QuerySelector(".submitted-value")!.TextContent);
        Assert.Equal("người", conflict.QuerySelector("[name='Form.Unit']")!.GetAttribute("value"));
        var saved = await factory.WithDbAsync(db => db.Indicators.SingleAsync(i => i.Id == id));
        Assert.Equal("hộ", saved.Unit);
        Assert.Equal(saved.ConcurrencyStamp.ToString(), conflict.QuerySelector("[name='Form.ConcurrencyStamp']")!.GetAttribute("value"));

        // The conflict page carries the new stamp: saving it again deliberately replaces the first edit.
        var again = await second.SubmitAsync(conflict, "main form[method=post]");

        AssertRedirect(again, $"/admin/chi-tieu/{id}/sua");
        Assert.Equal("người", await factory.WithDbAsync(db => db.Indicators.Where(i => i.Id == id).Select(i => i.Unit).SingleAsync()));
    }

    [Theory]
    [InlineData("GET", "/admin/chi-tieu/999999/sua")]
    [InlineData("POST", "/admin/chi-tieu/999999/sua")]
    [InlineData("POST", "/admin/chi-tieu/999999/luu-tru")]
    [InlineData("POST", "/admin/chi-tieu/999999/so-lieu/them")]
    [InlineData("POST", "/admin/chi-tieu/{indicator}/so-lieu/999999/sua")]
    [InlineData("POST", "/admin/chi-tieu/{indicator}/so-lieu/999999/xoa")]
    public async Task UnknownIds_Answer404(string method, string url)
    {
        var client = await factory.SignedInClientAsync();
        var (indicatorId, _) = await PoorHouseholds2025Async();
        url = url.Replace("{indicator}", indicatorId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var response = method == "GET"
            ? await client.GetAsync(url)
            : await client.PostFormAsync(url, new Dictionary<string, string> { ["Form.Name"] = "x", ["NewObservation.Value"] = "1" }, "/admin/chi-tieu");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ObservationOfAnotherIndicator_Answers404()
    {
        var client = await factory.SignedInClientAsync();
        var (_, observationId) = await PoorHouseholds2025Async();
        var otherId = await factory.IdOfAsync<Indicator>("ho-kinh-doanh-ca-the");

        var response = await client.PostFormAsync($"/admin/chi-tieu/{otherId}/so-lieu/{observationId}/xoa", [], "/admin/chi-tieu");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Observations.AnyAsync(o => o.Id == observationId)));
    }

    [Fact]
    public async Task UpdatingAnIndicator_WritesAnAuditEntryWithTheEditorsName()
    {
        var email = $"bien-tap-{Guid.NewGuid():N}@example.org";
        var client = await factory.SignedInClientAsync(email: email);
        var id = await factory.IdOfAsync<Indicator>("doanh-nghiep-hoat-dong");

        var response = await client.SubmitAsync($"/admin/chi-tieu/{id}/sua", "main form[method=post]", new Dictionary<string, string> { ["Form.Description"] = "Mô tả mới cho kiểm thử nhật ký." });

        AssertRedirect(response, $"/admin/chi-tieu/{id}/sua");
        var entry = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == nameof(Indicator) && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.UserName == email)
            .SingleAsync());
        Assert.Equal(AuditAction.Update, entry.Action);
        Assert.Contains("Mô tả", entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingAnObservation_WritesAnAuditEntryNamingTheChangedValue()
    {
        var email = $"so-lieu-{Guid.NewGuid():N}@example.org";
        var client = await factory.SignedInClientAsync(email: email);
        var id = await factory.IdOfAsync<Indicator>("ty-le-ho-can-ngheo");
        var observationId = await factory.WithDbAsync(db => db.Observations.Where(o => o.IndicatorId == id).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());

        await client.SubmitAsync($"/admin/chi-tieu/{id}/sua", $"#so-lieu-{observationId} form[action$='/sua']",
            new Dictionary<string, string> { [$"Observation{observationId}.Value"] = "0,57" });

        var key = observationId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entry = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == nameof(Observation) && a.EntityId == key));
        Assert.Equal(email, entry.UserName);
        Assert.Equal(AuditAction.Update, entry.Action);
        Assert.Contains("Giá trị", entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorList_FiltersByGroupAndByTextWithoutDiacritics()
    {
        var client = await factory.SignedInClientAsync();

        var byText = Text(await client.GetDocumentAsync("/admin/chi-tieu?Q=ho+ngheo"));
        var byGroup = Text(await client.GetDocumentAsync("/admin/chi-tieu?Group=Education"));

        Assert.Contains("Tỷ lệ hộ nghèo", byText, StringComparison.Ordinal);
        Assert.DoesNotContain("Doanh nghiệp", byText, StringComparison.Ordinal);
        Assert.Contains("Trường học đạt chuẩn quốc gia", byGroup, StringComparison.Ordinal);
        Assert.DoesNotContain("Tỷ lệ hộ nghèo", byGroup, StringComparison.Ordinal);
    }
}
