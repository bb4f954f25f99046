namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// The facts the seed states, each with the source line it comes from: "article:N" is line N of the ward secretary's
/// article (seed 000_cce8d4c811368e9e.txt), "heritage:N" line N of heritage-facts.md. Issue 9 made them exactly true.
/// </summary>
public sealed class SeededFactsTests(SeededPortal factory) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/dai-hoi", "Tóm lược bài viết của đồng chí Phạm Xuân Hiệp", "article:33")]
    [InlineData("/dai-hoi", "Bí thư Đảng ủy, Chủ tịch HĐND phường Thanh Miếu", "article:33")]
    [InlineData("/dai-hoi", "Đây không phải văn kiện của Đại hội", "article:33")]
    [InlineData("/dai-hoi", "ước đạt hơn 15.200 tỷ đồng", "article:15")]
    [InlineData("/dai-hoi", "các phong trào thi đua yêu nước", "article:19")]
    [InlineData("/dai-hoi", "bước đầu hình thành điểm đến du lịch văn hóa cộng đồng mang tính đặc trưng riêng", "article:15")]
    [InlineData("/dai-hoi", "nâng cao năng lực lãnh đạo và sức chiến đấu của Đảng bộ", "article:25")]
    [InlineData("/", "Đọc tóm lược bài viết về Đại hội", "article:33")]
    [InlineData("/thanh-tuu", "các phong trào thi đua yêu nước", "article:19")]
    [InlineData("/thanh-tuu", "theo bài viết của đồng chí Phạm Xuân Hiệp", "article:33")]
    [InlineData("/muc-tieu", "Nâng cao năng lực lãnh đạo và sức chiến đấu của Đảng bộ", "article:25")]
    [InlineData("/tin-tuc/nhin-lai-nhiem-ky-2020-2025-dat-va-vuot-toan-bo-chi-tieu-nghi-quyet", "ước đạt hơn 15.200 tỷ đồng", "article:15")]
    [InlineData("/tin-tuc/phuong-thanh-mieu-chinh-thuc-di-vao-hoat-dong", "01/07/2025", "heritage:8")]
    [InlineData("/tin-tuc/phuong-thanh-mieu-chinh-thuc-di-vao-hoat-dong", "không nêu diện tích tự nhiên và quy mô dân số", "heritage:11")]
    [InlineData("/gioi-thieu", "không nêu diện tích và dân số của phường mới", "heritage:11")]
    [InlineData("/di-san/den-tien", "Mẫu Long Hồng Đăng Ngạn", "heritage:69")]
    [InlineData("/di-san/den-tien", "9–10/10", "heritage:69")]
    [InlineData("/di-san/chua-cat-tuong", "1999", "heritage:69")]
    [InlineData("/di-san", "Lễ hội đền Thượng Thọ", "heritage:59")]
    [InlineData("/di-san", "Ngày 22/2 (âm lịch)", "heritage:59")]
    [InlineData("/di-san", "Ngày 10/10 (âm lịch)", "heritage:59")]
    [InlineData("/di-san", "Lễ hội đền – chùa Lang Đài", "heritage:59")]
    [InlineData("/di-san", "7/1", "heritage:59")]
    [InlineData("/di-san/den-tam-giang", "Ngày 3–5/1 (âm lịch) (theo Báo Phú Thọ)", "heritage:44-45")]
    [InlineData("/di-san/den-tam-giang", "Ngày 8–10/3 (âm lịch) (theo Báo Nhân Dân)", "heritage:44-45")]
    [InlineData("/di-san/dinh-chua-mo-chu-ha", "Ngày 9–10/1 (âm lịch) (theo phutho.gov.vn, Báo Phú Thọ)", "heritage:54-55")]
    [InlineData("/di-san/dinh-chua-mo-chu-ha", "Ngày 10/1 (âm lịch) (theo Ban Tôn giáo Chính phủ)", "heritage:54-55")]
    [InlineData("/di-san/dinh-chua-mo-chu-ha", "Ngày 10/3 (âm lịch) (theo dulichtaybac.vn)", "heritage:54-55")]
    [InlineData("/di-san/dinh-chua-mo-chu-ha", "Cụm đình – chùa", "heritage:41")]
    [InlineData("/di-san/dinh-chua-mo-chu-ha", "một cụm di tích gồm đình và chùa", "heritage:41")]
    public async Task SeededFact_IsStatedAsItsSourceStatesIt(string path, string fact, string sourceLine)
    {
        var text = TestForms.Text(await TestForms.GetDocumentAsync(_client, path));

        Assert.True(text.Contains(fact, StringComparison.Ordinal), $"{path} should state “{fact}” ({sourceLine})");
    }

    [Theory]
    [InlineData("/", "Đọc báo cáo Đại hội")]
    [InlineData("/dai-hoi", "Báo cáo chính trị")]
    [InlineData("/dai-hoi", "Báo cáo Đại hội")]
    [InlineData("/dai-hoi", "trang Mục tiêu sẽ bổ sung")]
    [InlineData("/dai-hoi", "có thể được quy hoạch và khai thác")]
    [InlineData("/dai-hoi", "01/01/2000")]
    [InlineData("/tin-tuc", "01/01/2000")]
    [InlineData("/tin-tuc/phuong-thanh-mieu-chinh-thuc-di-vao-hoat-dong", "30/09/2025")]
    [InlineData("/tin-tuc/phuong-thanh-mieu-chinh-thuc-di-vao-hoat-dong", "chờ số liệu chính thức")]
    [InlineData("/tin-tuc/di-san-va-le-hoi-nen-tang-de-thanh-mieu-tro-thanh-diem-den-van-hoa", "Phường có nền tảng vững")]
    [InlineData("/tin-tuc/pho-am-thuc-tien-dung-mo-hinh-dich-vu-dac-thu-cua-phuong", "bước chuẩn bị cho mục tiêu đó")]
    [InlineData("/tin-tuc/pho-am-thuc-tien-dung-mo-hinh-dich-vu-dac-thu-cua-phuong", "phong phú thêm")]
    [InlineData("/tin-tuc/ty-le-ho-ngheo-giam-tu-0-55-xuong-0-27", "điểm sáng")]
    [InlineData("/tin-tuc/huong-toi-phuong-thong-minh-tren-nen-tang-du-lieu-so", "sâu rộng hơn")]
    [InlineData("/tin-tuc/20-20-truong-hoc-tren-dia-ban-phuong-dat-chuan-quoc-gia", "tạo nền tảng để tất cả các trường")]
    [InlineData("/tin-tuc/20-20-truong-hoc-tren-dia-ban-phuong-dat-chuan-quoc-gia", "được nêu tại Đại hội")]
    [InlineData("/tin-tuc/dai-hoi-dang-bo-phuong-thanh-mieu-lan-thu-i-mo-dau-chang-duong-moi", "Lần đầu tiên")]
    [InlineData("/muc-tieu", "sẽ được cập nhật khi có văn bản")]
    [InlineData("/di-san/pho-am-thuc-tien-dung", "Cổng thông tin giới thiệu nơi đây như một điểm đến")]
    public async Task RemovedClaim_IsGone(string path, string claim)
    {
        var text = TestForms.Text(await TestForms.GetDocumentAsync(_client, path));

        Assert.DoesNotContain(claim, text, StringComparison.Ordinal);
    }
}
