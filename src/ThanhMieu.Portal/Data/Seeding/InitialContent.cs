using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Data.Seeding;

/// <summary>
/// The portal's starting content, written in the project's own words from the ward's congress article
/// and the sourced heritage notes. Nothing here is estimated: where no source gives a value the field stays empty.
/// </summary>
internal static class InitialContent
{
    private const string Author = "Ban biên tập";

    private const string CongressArticle = "Bài viết về Đại hội Đảng bộ phường Thanh Miếu lần thứ I (nhiệm kỳ 2025–2030)";

    // Short source labels, one per line in the Sources fields.
    private const string Resolution1676 = "Nghị quyết 1676/NQ-UBTVQH15 ngày 16/06/2025 của Ủy ban Thường vụ Quốc hội";
    private const string BaoPhuTho2024Merger = "Báo Phú Thọ, 11/2024 (baophutho.vn)";
    private const string BaoPhuTho2025SongLo = "Báo Phú Thọ, 26/08/2025 (baophutho.vn)";
    private const string BaoPhuTho2025RuocNuoc = "Báo Phú Thọ, 15/11/2025 (baophutho.vn)";
    private const string BaoPhuTho2025MoChuHa = "Báo Phú Thọ, 02/2025 (baophutho.vn)";
    private const string NhanDan = "Báo Nhân Dân, bài về nước thiêng ngã ba Hạc (nhandan.vn)";
    private const string DuLichPhuTho = "Cổng thông tin Du lịch Phú Thọ (dulichphutho.gov.vn)";
    private const string DuLichPhuTho2023 = "Cổng thông tin Du lịch Phú Thọ, 31/03/2023 (dulichphutho.gov.vn)";
    private const string VietTriPortalTamGiang = "Cổng thông tin điện tử TP Việt Trì, bài về đền Tam Giang (viettri.phutho.gov.vn)";
    private const string VietTriPortalDenTien = "Cổng thông tin điện tử TP Việt Trì, bài về đền Tiên và chùa Cát Tường (viettri.phutho.gov.vn)";
    private const string TienPhong = "Báo Tiền Phong – Tâm Việt (tamviet.tienphong.vn)";
    private const string DiDuLich = "didulich.net, bài về khu di tích quốc gia đền Tam Giang";
    private const string HanoiMoi = "Nhịp sống Hà Nội – Báo Hà Nội Mới, 27/03/2020 (hanoimoi.com.vn)";
    private const string DaiBieuNhanDan = "Báo Đại biểu Nhân dân, bài về đua thuyền trong hội xuân Bạch Hạc (daibieunhandan.vn)";
    private const string BanTonGiao = "Ban Tôn giáo Chính phủ, 16/04/2021 (btgcp.gov.vn)";
    private const string WebTheThao = "webthethaovn.com, 20/10/2019";
    private const string BaoDanToc = "Báo Dân tộc và Phát triển, 26/04/2018 (baodantoc.vn)";
    private const string VietnamPlus = "VietnamPlus, 2019 (vietnamplus.vn)";
    private const string ThuVienSucKhoe = "thuviensuckhoe.org, 05/04/2017";
    private const string DuLichTayBac = "dulichtaybac.vn";
    private const string ChonThieng = "chonthieng.com (nguồn yếu, chưa xác nhận)";
    private const string ThamHiem = "thamhiemvietnam.com";
    private const string PhuThoPortal = "Cổng thông tin điện tử tỉnh Phú Thọ (phutho.gov.vn)";
    private const string VovHeritageList = "VOV, danh mục di sản văn hóa phi vật thể quốc gia (vov.vn)";
    private const string WikipediaHacTri = "Wikipedia tiếng Việt, mục “Hạc Trì”";

    public static void AddTo(PortalDbContext db, IMarkdownRenderer renderer, DateTime nowUtc)
    {
        var categories = AddCategories(db);
        var tags = AddTags(db);
        AddCongressReport(db, renderer, nowUtc, categories, tags);
        AddNews(db, renderer, nowUtc, categories, tags);
        AddIndicators(db);
        AddBreakthroughsAndTargets(db);
        var units = AddFormerUnits(db, renderer);
        var sites = AddHeritageSites(db, renderer, units);
        AddFestivals(db, sites);
    }

    private static Dictionary<string, Category> AddCategories(PortalDbContext db)
    {
        Category[] categories =
        [
            new()
            {
                Name = "Tin tức",
                Slug = Category.NewsSlug,
                Description = "Tin hoạt động của phường Thanh Miếu: chính quyền, kinh tế, văn hóa và đời sống khu dân cư.",
                SortOrder = 1,
            },
            new()
            {
                Name = "Đại hội",
                Slug = Category.CongressSlug,
                Description = "Văn kiện và tin bài về Đại hội đại biểu Đảng bộ phường Thanh Miếu.",
                SortOrder = 2,
            },
            new()
            {
                Name = "Thành tựu",
                Slug = "thanh-tuu",
                Description = "Những kết quả phường và các đơn vị trước sáp nhập đã đạt được, kèm số liệu và nguồn.",
                SortOrder = 3,
            },
            new()
            {
                Name = "Mục tiêu",
                Slug = "muc-tieu",
                Description = "Mục tiêu nhiệm kỳ 2025–2030 và tiến độ thực hiện các khâu đột phá.",
                SortOrder = 4,
            },
            new()
            {
                Name = "Di sản",
                Slug = "di-san",
                Description = "Di tích, lễ hội và truyền thống văn hóa trên địa bàn phường.",
                SortOrder = 5,
            },
            new()
            {
                Name = "Thông báo",
                Slug = "thong-bao",
                Description = "Thông báo chính thức của Đảng ủy, HĐND và UBND phường gửi đến người dân.",
                SortOrder = 6,
            },
        ];

        db.Categories.AddRange(categories);
        return categories.ToDictionary(c => c.Slug);
    }

    private static Dictionary<string, Tag> AddTags(PortalDbContext db)
    {
        string[] names =
        [
            "Đại hội Đảng bộ",
            "Sắp xếp đơn vị hành chính",
            "Chuyển đổi số",
            "Giảm nghèo",
            "Giáo dục",
            "Di sản",
            "Du lịch",
        ];

        var tags = names.Select(name => new Tag { Name = name, Slug = Slugifier.Slugify(name) }).ToList();
        db.Tags.AddRange(tags);
        return tags.ToDictionary(t => t.Slug);
    }

    private static Article NewArticle(
        IMarkdownRenderer renderer,
        string title,
        string? slug,
        string summary,
        string markdown,
        Category category,
        DateTime publishedAtUtc,
        params Tag[] tags)
    {
        var article = new Article
        {
            Title = title,
            Slug = slug ?? Slugifier.Slugify(title),
            Summary = summary,
            Category = category,
            Tags = [.. tags],
            Status = ArticleStatus.Published,
            PublishedAtUtc = publishedAtUtc,
            Author = Author,
        };
        article.SetBody(markdown, renderer);
        return article;
    }

    private static void AddCongressReport(
        PortalDbContext db,
        IMarkdownRenderer renderer,
        DateTime nowUtc,
        Dictionary<string, Category> categories,
        Dictionary<string, Tag> tags)
    {
        const string markdown = """
            *Bản tóm lược do Ban biên tập biên soạn từ bài viết về Đại hội; số liệu giữ nguyên như đã công bố.*

            ## Một phường mới từ năm đơn vị

            Phường Thanh Miếu hiện nay hoạt động từ ngày 01/07/2025, theo Nghị quyết số 1676/NQ-UBTVQH15 ngày 16/06/2025
            của Ủy ban Thường vụ Quốc hội, trên cơ sở nhập bốn phường Thanh Miếu, Tiên Cát, Thọ Sơn, Bạch Hạc và
            xã Sông Lô. Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025–2030, vì thế là đại hội đầu tiên
            của một đơn vị hành chính vừa hình thành.

            Hợp nhất không chỉ là mở rộng địa giới. Khi năm địa phương về chung một nhà, những lợi thế trước đây còn
            phân tán — di tích và lễ hội, thương mại, dịch vụ, hạ tầng đô thị — có thể được quy hoạch và khai thác
            như một tổng thể. Mục tiêu xuyên suốt: huy động mọi nguồn lực, tạo đột phá để Thanh Miếu phát triển
            nhanh, bền vững, trở thành đô thị văn minh, hiện đại.

            ## Kết quả nhiệm kỳ 2020–2025

            Đảng bộ năm phường, xã trước sáp nhập đã lãnh đạo thực hiện toàn diện nhiệm vụ chính trị. Sau 5 năm,
            các chỉ tiêu Nghị quyết Đại hội nhiệm kỳ đều đạt và vượt — điểm tựa cho chặng đường tiếp theo.

            ### Xây dựng Đảng và hệ thống chính trị

            Chủ trương, nghị quyết của Trung ương và của tỉnh được quán triệt đồng bộ, cụ thể hóa sát thực tế từng cơ sở.
            Giáo dục chính trị, tư tưởng được coi trọng, giữ vững thống nhất trong Đảng và đồng thuận trong Nhân dân.
            Sinh hoạt chi bộ được đổi mới thường xuyên; các mô hình “Chi bộ bốn tốt”, “Đảng bộ cơ sở bốn tốt” được nhân
            rộng, gắn với đánh giá tổ chức đảng, đảng viên hằng năm. Năm nào cũng có trên 96% đảng viên hoàn thành tốt
            nhiệm vụ trở lên.

            ### Kinh tế và ba khâu đột phá

            Nhiệm kỳ tập trung vào ba khâu đột phá: đầu tư kết cấu hạ tầng; phát triển dịch vụ; xây dựng đô thị văn minh,
            hiện đại.

            - **Hạ tầng.** Tổng vốn đầu tư toàn xã hội cả giai đoạn ước đạt hơn 15.200 tỷ đồng, ưu tiên cho giao thông,
              trường học, thiết chế văn hóa và cảnh quan đô thị.
            - **Dịch vụ.** Thương mại, dịch vụ lớn mạnh về quy mô, ngành nghề và thị trường, với nhiều thành phần kinh tế
              tham gia. Toàn phường có trên 1.600 hộ kinh doanh cá thể và gần 800 doanh nghiệp, công ty tư nhân hoạt động
              thường xuyên. Nổi bật là các mô hình đặc thù như phố ẩm thực Tiên Dung, trung tâm thương mại và các cụm
              dịch vụ trên những tuyến phố chính.
            - **Đô thị văn minh, hiện đại.** Quy hoạch, xây dựng theo hướng xanh, bền vững; ưu tiên không gian công cộng,
              cây xanh và công trình thân thiện với môi trường, để diện mạo đô thị ngày càng khang trang, sạch đẹp.

            Các di tích và lễ hội như đền Tam Giang, chùa Đại Bi, đình Bạch Hạc, bơi chải, rước nước, giã bánh dày,
            nấu cơm thi đang dần trở thành một điểm đến du lịch văn hóa cộng đồng mang dấu ấn riêng.

            ### Văn hóa – xã hội, giáo dục và giảm nghèo

            Trường lớp được đầu tư đồng bộ: cả 20/20 trường học trên địa bàn đạt chuẩn quốc gia. Thiết chế văn hóa được
            khai thác hiệu quả; phong trào văn nghệ, thể dục thể thao quần chúng sôi nổi, góp phần xây dựng nếp sống
            văn minh.

            Chính sách giảm nghèo, an sinh xã hội đến kịp thời, đúng đối tượng. Tỷ lệ hộ nghèo giảm từ 0,55% năm 2021
            xuống 0,27% năm 2025; hộ cận nghèo giảm từ 0,56% xuống 0,35%.

            ### Cải cách hành chính, quốc phòng và an ninh

            Cải cách hành chính và ứng dụng công nghệ thông tin trong điều hành có nhiều chuyển biến. Quốc phòng, an ninh
            được giữ vững; trật tự, an toàn xã hội được bảo đảm.

            ### Các con số chính của giai đoạn 2020–2025

            | Chỉ số | Kết quả |
            |---|---|
            | Chỉ tiêu Nghị quyết Đại hội 2020–2025 | Đạt và vượt, 100% |
            | Đảng viên hoàn thành tốt nhiệm vụ trở lên | Trên 96% mỗi năm |
            | Tổng vốn đầu tư toàn xã hội | Hơn 15.200 tỷ đồng (ước đạt) |
            | Hộ kinh doanh cá thể | Trên 1.600 |
            | Doanh nghiệp, công ty tư nhân | Gần 800 |
            | Trường đạt chuẩn quốc gia | 20/20 |
            | Tỷ lệ hộ nghèo | 0,55% (2021) → 0,27% (2025) |
            | Tỷ lệ hộ cận nghèo | 0,56% → 0,35% |

            ## Phương hướng và mục tiêu nhiệm kỳ 2025–2030

            Đảng bộ phường tiếp tục nâng cao năng lực lãnh đạo, sức chiến đấu và hiệu quả của hệ thống chính trị;
            phát huy truyền thống, tinh thần đoàn kết và đổi mới trên mọi lĩnh vực. Các mục tiêu lớn:

            - Trở thành một trong những trung tâm dịch vụ, thương mại, du lịch của tỉnh và của vùng, tăng trưởng cao.
            - Lấy khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số và kinh tế tư nhân làm động lực chủ yếu.
            - Có hạ tầng đồng bộ, hiện đại; là một địa điểm trung tâm tổ chức sự kiện của tỉnh và quốc gia, nhất là
              văn hóa, thể thao.
            - Bảo tồn, phát huy di sản văn hóa – lịch sử, đưa Thanh Miếu thành một “điểm đến văn hóa”.
            - Chất lượng cuộc sống nâng lên toàn diện; xã hội hài hòa, môi trường trong lành, đáng sống.
            - Quốc phòng – an ninh vững chắc, trật tự an toàn xã hội được bảo đảm.
            - Phường thông minh vận hành trên nền tảng dữ liệu số đồng bộ; chính quyền phục vụ, chuyên nghiệp, hiện đại,
              nhanh, hiệu quả, minh bạch.

            Bài viết về Đại hội chưa nêu chỉ tiêu định lượng cho các mục tiêu này; trang Mục tiêu sẽ bổ sung khi có văn
            bản chính thức.

            ## Hai khâu đột phá chiến lược

            Để cụ thể hóa các mục tiêu, phường tập trung vào hai khâu đột phá tạo động lực cho cả nhiệm kỳ.

            ### Đột phá thứ nhất: hạ tầng đô thị hiện đại

            Đầu tư xây dựng kết cấu hạ tầng đô thị theo hướng hiện đại trực tiếp cải thiện chất lượng sống của người dân,
            tạo nền móng cho phát triển kinh tế – xã hội, giúp thu hút đầu tư và sử dụng đất, không gian đô thị hiệu quả hơn.

            ### Đột phá thứ hai: cải cách hành chính gắn với chuyển đổi số

            Cải cách hành chính được đẩy mạnh theo tinh thần phục vụ, song hành với chuyển đổi số trong quản lý, điều hành.
            Chính quyền số nâng chất lượng phục vụ, tạo môi trường làm việc hiện đại và hình ảnh chính quyền thân thiện,
            chuyên nghiệp, hiệu quả; đồng thời thúc đẩy đô thị thông minh, kinh tế số, xã hội số, công dân số. Đây là cách
            phường cụ thể hóa chủ trương của Đảng về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.

            ## Lời kết

            Đại hội lần thứ I mở ra giai đoạn phát triển mới của phường sau sáp nhập. Chặng đường 2020–2025 cho thấy nền
            tảng đã có; phương hướng 2025–2030 chỉ ra việc phải làm tiếp. Với tinh thần đổi mới, sáng tạo và quyết tâm
            cao, Thanh Miếu bước vào hành trình trở thành đô thị văn minh, hiện đại, một trung tâm dịch vụ, thương mại,
            du lịch của tỉnh và của vùng.

            *Nguồn: bài viết về Đại hội của đồng chí Phạm Xuân Hiệp, Bí thư Đảng ủy, Chủ tịch HĐND phường Thanh Miếu.*
            """;

        db.Articles.Add(NewArticle(
            renderer,
            title: "Báo cáo chính trị Đại hội đại biểu Đảng bộ phường Thanh Miếu lần thứ I, nhiệm kỳ 2025–2030",
            slug: "bao-cao-chinh-tri-dai-hoi-lan-thu-i",
            summary: "Tóm lược những nội dung chính của Đại hội: kết quả nhiệm kỳ 2020–2025 của năm phường, xã trước "
                + "sáp nhập, mục tiêu nhiệm kỳ 2025–2030 và hai khâu đột phá chiến lược của phường Thanh Miếu.",
            markdown: markdown,
            category: categories[Category.CongressSlug],
            publishedAtUtc: nowUtc.AddMinutes(-1),
            tags["dai-hoi-dang-bo"],
            tags["chuyen-doi-so"],
            tags["giam-ngheo"],
            tags["giao-duc"]));
    }

    private static void AddNews(
        PortalDbContext db,
        IMarkdownRenderer renderer,
        DateTime nowUtc,
        Dictionary<string, Category> categories,
        Dictionary<string, Tag> tags)
    {
        var news = categories[Category.NewsSlug];

        db.Articles.AddRange(
            NewArticle(
                renderer,
                title: "Phường Thanh Miếu chính thức đi vào hoạt động từ ngày 01/07/2025",
                slug: "phuong-thanh-mieu-chinh-thuc-di-vao-hoat-dong",
                summary: "Từ ngày 01/07/2025, chính quyền phường Thanh Miếu mới, hình thành từ bốn phường và một xã, "
                    + "bắt đầu vận hành theo Nghị quyết 1676/NQ-UBTVQH15.",
                markdown: """
                    Từ ngày 01/07/2025, chính quyền phường Thanh Miếu mới chính thức vận hành. Đây là kết quả của đợt sắp xếp
                    đơn vị hành chính cấp xã theo Nghị quyết số 1676/NQ-UBTVQH15 ngày 16/06/2025 của Ủy ban Thường vụ Quốc hội
                    (khoản 134).

                    ## Năm đơn vị về chung một phường

                    Phường mới được hình thành từ bốn phường và một xã:

                    - phường Thanh Miếu;
                    - phường Tiên Cát;
                    - phường Thọ Sơn;
                    - phường Bạch Hạc;
                    - xã Sông Lô.

                    Khu vực Bến Gót cũng nằm trong phường mới: trước đó, từ ngày 01/01/2025, Bến Gót đã được nhập vào phường
                    Thọ Sơn theo Nghị quyết số 1282/NQ-UBTVQH15.

                    ## Diện tích, dân số: chờ số liệu chính thức

                    Nghị quyết 1676 không nêu diện tích tự nhiên và quy mô dân số của phường mới; văn bản giao Chính phủ
                    công bố số liệu diện tích chính xác chậm nhất ngày 30/09/2025. Cổng thông tin sẽ đăng số liệu khi có văn bản
                    chính thức, thay vì tự đưa ra con số ước tính.

                    ## Lưu ý về tên gọi “Sông Lô”

                    Cũng trong Nghị quyết 1676, khoản 59 thành lập một xã mới mang tên Sông Lô, gồm các xã Đồng Thịnh, Tứ Yên,
                    Đức Bác và Yên Thạch (trước thuộc tỉnh Vĩnh Phúc). Đó là một đơn vị khác hẳn với xã Sông Lô cũ, nay là
                    một phần của phường Thanh Miếu. Khi đọc tin tức về “xã Sông Lô” từ năm 2025 trở đi, bạn đọc nên lưu ý
                    để tránh nhầm lẫn.

                    ## Bước tiếp theo

                    Việc hợp nhất mở ra điều kiện để phát huy tổng hợp tiềm năng của cả năm địa phương. Phương hướng phát triển
                    cho nhiệm kỳ đầu tiên của phường được xác định tại
                    [Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025–2030](/dai-hoi).
                    """,
                category: news,
                publishedAtUtc: nowUtc.AddMinutes(-2),
                tags["sap-xep-don-vi-hanh-chinh"]),
            NewArticle(
                renderer,
                title: "Đại hội Đảng bộ phường Thanh Miếu lần thứ I: mở đầu chặng đường mới",
                slug: null,
                summary: "Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025–2030, là đại hội đầu tiên sau sáp nhập, "
                    + "đặt mục tiêu xây dựng Thanh Miếu thành đô thị văn minh, hiện đại.",
                markdown: """
                    Đại hội đại biểu Đảng bộ phường Thanh Miếu lần thứ I, nhiệm kỳ 2025–2030, là sự kiện chính trị đặc biệt
                    của một phường vừa được thành lập từ năm phường, xã: Thanh Miếu, Tiên Cát, Thọ Sơn, Bạch Hạc và Sông Lô.
                    Lần đầu tiên, cán bộ, đảng viên của cả năm địa phương cùng nhìn lại chặng đường đã qua và thống nhất
                    một phương hướng chung cho 5 năm tới.

                    ## Tinh thần của Đại hội

                    Thông điệp xuyên suốt là huy động mọi nguồn lực và tạo đột phá, để Thanh Miếu phát triển nhanh, bền vững,
                    trở thành đô thị văn minh, hiện đại. Việc hợp nhất được nhìn nhận không đơn thuần là mở rộng địa giới,
                    mà là cơ hội để gom các thế mạnh riêng lẻ thành sức mạnh tổng hợp.

                    ## Những nội dung chính

                    - **Đánh giá nhiệm kỳ 2020–2025:** Đảng bộ các phường, xã trước sáp nhập đã thực hiện đạt và vượt toàn bộ
                      chỉ tiêu Nghị quyết Đại hội đề ra.
                    - **Mục tiêu 2025–2030:** trở thành một trong những trung tâm dịch vụ, thương mại, du lịch của tỉnh và
                      của vùng; tăng trưởng dựa vào khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số và kinh tế tư nhân;
                      trở thành một “điểm đến văn hóa”.
                    - **Hai khâu đột phá:** đầu tư xây dựng kết cấu hạ tầng đô thị hiện đại; cải cách hành chính gắn với
                      chuyển đổi số.

                    ## Xem thêm

                    Bản tóm lược chi tiết các nội dung của Đại hội được đăng tại [trang Đại hội](/dai-hoi). Những kết quả
                    có số liệu được trình bày ở trang [Thành tựu](/thanh-tuu), còn các mục tiêu của nhiệm kỳ được theo dõi
                    ở trang [Mục tiêu](/muc-tieu).
                    """,
                category: news,
                publishedAtUtc: nowUtc.AddMinutes(-3),
                tags["dai-hoi-dang-bo"]),
            NewArticle(
                renderer,
                title: "Nhìn lại nhiệm kỳ 2020–2025: đạt và vượt toàn bộ chỉ tiêu Nghị quyết",
                slug: null,
                summary: "Tổng vốn đầu tư toàn xã hội hơn 15.200 tỷ đồng, 20/20 trường đạt chuẩn quốc gia, tỷ lệ hộ nghèo "
                    + "còn 0,27%: những kết quả nổi bật của năm phường, xã trước sáp nhập.",
                markdown: """
                    Nhiệm kỳ 2020–2025 khép lại với kết quả đáng ghi nhận: Đảng bộ năm phường, xã nay thuộc phường Thanh Miếu
                    đều thực hiện đạt và vượt các chỉ tiêu mà Nghị quyết Đại hội đã đề ra. Dưới đây là những điểm chính được
                    nêu tại Đại hội Đảng bộ phường lần thứ I.

                    ## Kinh tế

                    - Tổng vốn đầu tư toàn xã hội cả giai đoạn ước đạt **hơn 15.200 tỷ đồng**, ưu tiên cho giao thông,
                      trường học, thiết chế văn hóa và cảnh quan đô thị.
                    - Trên địa bàn có **trên 1.600** hộ kinh doanh cá thể và **gần 800** doanh nghiệp, công ty tư nhân
                      hoạt động thường xuyên.
                    - Ba khâu đột phá của nhiệm kỳ — hạ tầng, dịch vụ, đô thị văn minh — tạo nên diện mạo mới cho đô thị.

                    ## Văn hóa – xã hội

                    - **20/20** trường học đạt chuẩn quốc gia.
                    - Tỷ lệ hộ nghèo giảm từ **0,55%** (2021) xuống **0,27%** (2025); hộ cận nghèo giảm từ **0,56%**
                      xuống **0,35%**.
                    - Phong trào văn nghệ, thể dục thể thao quần chúng sôi nổi; các thiết chế văn hóa được khai thác hiệu quả.

                    ## Xây dựng Đảng, hành chính và an ninh

                    - Hằng năm có **trên 96%** đảng viên hoàn thành tốt nhiệm vụ trở lên; các mô hình “Chi bộ bốn tốt”,
                      “Đảng bộ cơ sở bốn tốt” được nhân rộng.
                    - Cải cách hành chính và ứng dụng công nghệ thông tin trong điều hành có chuyển biến.
                    - Quốc phòng, an ninh, trật tự an toàn xã hội được giữ vững.

                    Theo đánh giá tại Đại hội, những kết quả này tạo thế và lực mới cho phường bước vào nhiệm kỳ 2025–2030.
                    Số liệu chi tiết, kèm nguồn, có tại trang [Thành tựu](/thanh-tuu).
                    """,
                category: news,
                publishedAtUtc: nowUtc.AddMinutes(-4),
                tags["dai-hoi-dang-bo"],
                tags["giam-ngheo"],
                tags["giao-duc"]),
            NewArticle(
                renderer,
                title: "Tỷ lệ hộ nghèo giảm từ 0,55% xuống 0,27%",
                slug: null,
                summary: "Trong giai đoạn 2021–2025, tỷ lệ hộ nghèo trên địa bàn phường giảm hơn một nửa; tỷ lệ hộ cận nghèo "
                    + "giảm từ 0,56% xuống 0,35%.",
                markdown: """
                    Công tác giảm nghèo là một trong những điểm sáng về an sinh xã hội của các địa phương nay thuộc phường
                    Thanh Miếu trong nhiệm kỳ 2020–2025.

                    ## Các con số

                    - **Hộ nghèo:** tỷ lệ giảm từ 0,55% năm 2021 xuống còn 0,27% năm 2025, tức giảm 0,28 điểm phần trăm —
                      hơn một nửa so với năm 2021.
                    - **Hộ cận nghèo:** tỷ lệ giảm từ 0,56% xuống 0,35%. Bài viết về Đại hội không nêu năm của hai mốc này,
                      nên cổng thông tin ghi là đầu và cuối giai đoạn.

                    ## Cách làm

                    Theo đánh giá tại Đại hội Đảng bộ phường lần thứ I, chính sách giảm nghèo và an sinh xã hội được triển
                    khai kịp thời, đến đúng đối tượng. Cùng với sự phát triển của thương mại, dịch vụ và số hộ kinh doanh,
                    những chính sách này góp phần giữ vững mục tiêu giảm nghèo bền vững.

                    ## Hướng tới

                    Nhiệm kỳ 2025–2030 đặt mục tiêu nâng cao toàn diện chất lượng cuộc sống của Nhân dân và xây dựng một
                    xã hội phát triển hài hòa. Các số liệu giảm nghèo sẽ tiếp tục được cập nhật trên trang
                    [Thành tựu](/thanh-tuu) khi có công bố mới.
                    """,
                category: news,
                publishedAtUtc: nowUtc.AddMinutes(-5),
                tags["giam-ngheo"]),
            NewArticle(
                renderer,
                title: "20/20 trường học trên địa bàn phường đạt chuẩn quốc gia",
                slug: null,
                summary: "Toàn bộ 20 trường học trên địa bàn phường Thanh Miếu đã đạt chuẩn quốc gia, kết quả của việc đầu tư "
                    + "đồng bộ cho giáo dục trong nhiệm kỳ 2020–2025.",
                markdown: """
                    Tất cả 20 trường học trên địa bàn phường Thanh Miếu đều đã đạt chuẩn quốc gia. Đây là một trong những
                    kết quả nổi bật về văn hóa – xã hội được nêu tại Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025–2030.

                    ## Đầu tư đồng bộ cho trường lớp

                    Trong nhiệm kỳ 2020–2025, giáo dục luôn được các địa phương trước sáp nhập quan tâm. Trường học là một
                    trong những hạng mục được ưu tiên trong nguồn vốn đầu tư toàn xã hội của cả giai đoạn, bên cạnh giao
                    thông, thiết chế văn hóa và cảnh quan đô thị. Hệ thống trường lớp vì thế được đầu tư đồng bộ, tạo nền
                    tảng để tất cả các trường cùng đạt chuẩn.

                    ## Gắn với đời sống văn hóa cộng đồng

                    Song song với giáo dục, các thiết chế văn hóa được khai thác hiệu quả; phong trào văn nghệ, thể dục
                    thể thao quần chúng diễn ra sôi nổi, góp phần xây dựng nếp sống văn minh trong cộng đồng.

                    ## Nhiệm kỳ mới

                    Nhiệm kỳ 2025–2030, phường đặt mục tiêu nâng cao toàn diện chất lượng cuộc sống của Nhân dân và lấy
                    khoa học công nghệ, đổi mới sáng tạo làm động lực phát triển. Một hệ thống trường học đạt chuẩn là nền
                    tảng quan trọng cho những mục tiêu ấy.
                    """,
                category: news,
                publishedAtUtc: nowUtc.AddMinutes(-6),
                tags["giao-duc"]),
            NewArticle(
                renderer,
                title: "Phố ẩm thực Tiên Dung – mô hình dịch vụ đặc thù của phường",
                slug: null,
                summary: "Tuyến phố ẩm thực Tiên Dung được Đại hội Đảng bộ phường nêu là ví dụ điển hình của các mô hình "
                    + "dịch vụ đặc thù hình thành trong nhiệm kỳ 2020–2025.",
                markdown: """
                    Phát triển dịch vụ là một trong ba khâu đột phá của các địa phương nay thuộc phường Thanh Miếu trong
                    nhiệm kỳ 2020–2025. Kết quả được Đại hội Đảng bộ phường lần thứ I ghi nhận: thương mại, dịch vụ tăng
                    nhanh về quy mô, ngành nghề và thị trường, với sự tham gia của nhiều thành phần kinh tế.

                    ## Một mô hình tiêu biểu

                    Trong số các mô hình dịch vụ đặc thù được hình thành và mở rộng, tuyến phố ẩm thực Tiên Dung được nêu
                    như một ví dụ điển hình. Cùng với trung tâm thương mại và các cụm dịch vụ dọc những tuyến phố chính,
                    phố ẩm thực góp phần làm phong phú thêm hoạt động thương mại, dịch vụ của đô thị.

                    ## Nền tảng kinh doanh

                    Toàn phường hiện có trên 1.600 hộ kinh doanh cá thể và gần 800 doanh nghiệp, công ty tư nhân hoạt động
                    thường xuyên, đóng góp tích cực vào ngân sách.

                    ## Hướng tới trung tâm dịch vụ của tỉnh

                    Nhiệm kỳ 2025–2030, phường đặt mục tiêu trở thành một trong những trung tâm dịch vụ, thương mại, du lịch
                    của tỉnh và của vùng. Những mô hình như phố ẩm thực Tiên Dung là bước chuẩn bị cho mục tiêu đó.

                    *Các thông tin chi tiết như chiều dài tuyến phố, số cơ sở kinh doanh hay tuyến phố thuộc phường cũ nào
                    chưa được nguồn chính thức công bố; cổng thông tin sẽ bổ sung khi có xác nhận.*
                    """,
                category: news,
                publishedAtUtc: nowUtc.AddMinutes(-7),
                tags["du-lich"]),
            NewArticle(
                renderer,
                title: "Di sản và lễ hội: nền tảng để Thanh Miếu trở thành “điểm đến văn hóa”",
                slug: null,
                summary: "Đền Tam Giang, chùa Đại Bi, đình Bạch Hạc cùng các lễ hội bơi chải, rước nước, giã bánh dày là "
                    + "vốn quý để phường thực hiện mục tiêu trở thành “điểm đến văn hóa”.",
                markdown: """
                    Bảo tồn và phát huy giá trị di sản văn hóa – lịch sử để Thanh Miếu trở thành một “điểm đến văn hóa”
                    là một trong những mục tiêu của nhiệm kỳ 2025–2030. Phường có nền tảng vững để theo đuổi mục tiêu ấy.

                    ## Di tích ở ngã ba sông

                    Đền Tam Giang, còn gọi là đền Bạch Hạc, nằm ở ngã ba Hạc, nơi sông Thao, sông Đà và sông Lô hợp lưu.
                    Đền được xếp hạng di tích lịch sử cấp quốc gia năm 2010 và cùng chùa Đại Bi hợp thành cụm di tích
                    “Đền Tam Giang – Chùa Đại Bi”. Trên địa bàn Bạch Hạc cũ còn có đình Bạch Hạc thờ Thổ Lệnh và cụm
                    đình – chùa Mộ Chu Hạ, di tích cấp tỉnh từ năm 2001.

                    ## Lễ hội truyền thống

                    - **Lễ hội đền Tam Giang** được công nhận là di sản văn hóa phi vật thể quốc gia; địa phương nhận bằng
                      ngày 19/10/2019. Lễ **rước nước** mở đầu lễ hội: đoàn rước đi thuyền ra ngã ba sông lấy nước về đền.
                    - **Bơi chải** trên sông Lô diễn ra dịp Giỗ Tổ Hùng Vương, với sáu đội thuyền, mỗi thuyền 27 người.
                    - **Hội thi giã bánh dày** của làng Mộ Chu Hạ tưởng nhớ vua Lê Đại Hành, tổ chức vào tháng Giêng.
                    - Tục **nấu cơm thi** cũng được nhắc đến trong các phong tục của vùng Bạch Hạc.

                    Ngày tổ chức của một số lễ hội được các nguồn ghi khác nhau; trang [Di sản](/di-san) nêu rõ từng nguồn.

                    ## Từ di sản đến du lịch

                    Theo đánh giá tại Đại hội Đảng bộ phường lần thứ I, các cụm di tích và lễ hội này bước đầu hình thành
                    một điểm đến du lịch văn hóa cộng đồng mang bản sắc riêng. Nhiệm kỳ mới đặt yêu cầu gắn bảo tồn với
                    phát triển du lịch, góp phần đưa Thanh Miếu thành trung tâm dịch vụ, thương mại, du lịch của tỉnh.
                    """,
                category: news,
                publishedAtUtc: nowUtc.AddMinutes(-8),
                tags["di-san"],
                tags["du-lich"]),
            NewArticle(
                renderer,
                title: "Hướng tới phường thông minh trên nền tảng dữ liệu số",
                slug: null,
                summary: "Cải cách hành chính gắn với chuyển đổi số là một trong hai khâu đột phá của phường nhiệm kỳ "
                    + "2025–2030, hướng tới chính quyền số và phường thông minh.",
                markdown: """
                    Trong hai khâu đột phá chiến lược của nhiệm kỳ 2025–2030, phường Thanh Miếu chọn cải cách hành chính gắn
                    với chuyển đổi số làm một trọng tâm. Mục tiêu là một phường thông minh, vận hành trên nền tảng dữ liệu
                    số đồng bộ.

                    ## Từ kết quả đã có

                    Trong nhiệm kỳ 2020–2025, cải cách hành chính và ứng dụng công nghệ thông tin trong quản lý, điều hành
                    ở các địa phương trước sáp nhập đã có nhiều chuyển biến. Đó là bước chuẩn bị cho giai đoạn chuyển đổi
                    số sâu rộng hơn.

                    ## Chính quyền số, phục vụ người dân

                    Cải cách hành chính được đẩy mạnh theo tinh thần phục vụ. Chính quyền số không chỉ giúp nâng chất lượng
                    phục vụ, mà còn tạo môi trường làm việc hiện đại và hình ảnh một chính quyền thân thiện, chuyên nghiệp,
                    hiệu quả. Mục tiêu đặt ra là chính quyền phục vụ, chuyên nghiệp, hiện đại, nhanh, hiệu quả và minh bạch.

                    ## Kinh tế số, xã hội số, công dân số

                    Chuyển đổi số trong bộ máy hành chính gắn với mục tiêu đô thị thông minh và tạo đà cho kinh tế số,
                    xã hội số, công dân số ở địa phương. Khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số cũng được xác
                    định là động lực chủ yếu cho tăng trưởng của phường trong nhiệm kỳ mới.

                    Tiến độ thực hiện khâu đột phá này sẽ được cập nhật trên trang [Mục tiêu](/muc-tieu).
                    """,
                category: news,
                publishedAtUtc: nowUtc.AddMinutes(-9),
                tags["chuyen-doi-so"]));
    }

    private static void AddIndicators(PortalDbContext db)
    {
        const string noYearNote = "Số liệu nêu tại Đại hội Đảng bộ phường lần thứ I; bài viết không nêu năm.";

        Indicator[] indicators =
        [
            new()
            {
                Slug = "tong-von-dau-tu-toan-xa-hoi",
                Name = "Tổng vốn đầu tư toàn xã hội",
                Group = IndicatorGroup.Economy,
                Unit = "tỷ đồng",
                Description = "Tổng vốn đầu tư toàn xã hội trên địa bàn các phường, xã nay thuộc phường Thanh Miếu, "
                    + "cộng dồn cả giai đoạn 2020–2025.",
                IsKeyFigure = true,
                Observations =
                [
                    new()
                    {
                        StartYear = 2020,
                        Year = 2025,
                        Value = 15200m,
                        Qualifier = ValueQualifier.MoreThan,
                        Note = "Ước đạt, cộng dồn cả giai đoạn",
                        Source = CongressArticle,
                        SortOrder = 1,
                    },
                ],
            },
            new()
            {
                Slug = "ho-kinh-doanh-ca-the",
                Name = "Hộ kinh doanh cá thể",
                Group = IndicatorGroup.Economy,
                Unit = "hộ",
                Description = "Số hộ kinh doanh cá thể đang hoạt động trên địa bàn phường.",
                IsKeyFigure = true,
                Observations =
                [
                    new()
                    {
                        Year = null,
                        Value = 1600m,
                        Qualifier = ValueQualifier.Over,
                        Note = noYearNote,
                        Source = CongressArticle,
                        SortOrder = 1,
                    },
                ],
            },
            new()
            {
                Slug = "doanh-nghiep-hoat-dong",
                Name = "Doanh nghiệp và công ty tư nhân hoạt động thường xuyên",
                Group = IndicatorGroup.Economy,
                Unit = "doanh nghiệp",
                Description = "Số doanh nghiệp và công ty tư nhân hoạt động thường xuyên trên địa bàn phường.",
                IsKeyFigure = true,
                Observations =
                [
                    new()
                    {
                        Year = null,
                        Value = 800m,
                        Qualifier = ValueQualifier.Nearly,
                        Note = noYearNote,
                        Source = CongressArticle,
                        SortOrder = 1,
                    },
                ],
            },
            new()
            {
                Slug = "truong-dat-chuan-quoc-gia",
                Name = "Trường học đạt chuẩn quốc gia",
                Group = IndicatorGroup.Education,
                Unit = "trường",
                Description = "Số trường học trên địa bàn phường đạt chuẩn quốc gia, so với tổng số trường.",
                IsKeyFigure = true,
                Observations =
                [
                    new()
                    {
                        Year = null,
                        Value = 20m,
                        OutOf = 20m,
                        Qualifier = ValueQualifier.Exact,
                        Note = noYearNote,
                        Source = CongressArticle,
                        SortOrder = 1,
                    },
                ],
            },
            new()
            {
                Slug = "ty-le-ho-ngheo",
                Name = "Tỷ lệ hộ nghèo",
                Group = IndicatorGroup.Society,
                Unit = "%",
                Description = "Tỷ lệ hộ nghèo trên tổng số hộ dân của địa bàn phường.",
                IsKeyFigure = true,
                Observations =
                [
                    new()
                    {
                        Year = 2021,
                        Value = 0.55m,
                        Qualifier = ValueQualifier.Exact,
                        Source = CongressArticle,
                        SortOrder = 1,
                    },
                    new()
                    {
                        Year = 2025,
                        Value = 0.27m,
                        Qualifier = ValueQualifier.Exact,
                        Source = CongressArticle,
                        SortOrder = 2,
                    },
                ],
            },
            new()
            {
                Slug = "ty-le-ho-can-ngheo",
                Name = "Tỷ lệ hộ cận nghèo",
                Group = IndicatorGroup.Society,
                Unit = "%",
                Description = "Tỷ lệ hộ cận nghèo trên tổng số hộ dân của địa bàn phường.",
                IsKeyFigure = true,
                Observations =
                [
                    new()
                    {
                        Year = null,
                        Value = 0.56m,
                        Qualifier = ValueQualifier.Exact,
                        Note = "Đầu giai đoạn; bài viết không nêu năm",
                        Source = CongressArticle,
                        SortOrder = 1,
                    },
                    new()
                    {
                        Year = null,
                        Value = 0.35m,
                        Qualifier = ValueQualifier.Exact,
                        Note = "Cuối giai đoạn; bài viết không nêu năm",
                        Source = CongressArticle,
                        SortOrder = 2,
                    },
                ],
            },
            new()
            {
                Slug = "dang-vien-hoan-thanh-tot-nhiem-vu",
                Name = "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên",
                Group = IndicatorGroup.PartyBuilding,
                Unit = "%",
                Description = "Tỷ lệ đảng viên được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên trong kỳ đánh giá hằng năm.",
                IsKeyFigure = true,
                Observations =
                [
                    new()
                    {
                        StartYear = 2020,
                        Year = 2025,
                        Value = 96m,
                        Qualifier = ValueQualifier.Over,
                        Note = "Đạt hằng năm trong nhiệm kỳ",
                        Source = CongressArticle,
                        SortOrder = 1,
                    },
                ],
            },
            new()
            {
                Slug = "chi-tieu-nghi-quyet-2020-2025",
                Name = "Chỉ tiêu Nghị quyết Đại hội nhiệm kỳ 2020–2025",
                Group = IndicatorGroup.PartyBuilding,
                Unit = "%",
                Description = "Mức hoàn thành các chỉ tiêu do Nghị quyết Đại hội Đảng bộ các phường, xã trước sáp nhập "
                    + "đề ra cho nhiệm kỳ 2020–2025.",
                IsKeyFigure = false,
                Observations =
                [
                    new()
                    {
                        StartYear = 2020,
                        Year = 2025,
                        Value = 100m,
                        Qualifier = ValueQualifier.MetOrExceeded,
                        Note = "Đạt và vượt các chỉ tiêu sau 5 năm thực hiện",
                        Source = CongressArticle,
                        SortOrder = 1,
                    },
                ],
            },
        ];

        for (var i = 0; i < indicators.Length; i++)
        {
            indicators[i].SortOrder = i + 1;
        }

        db.Indicators.AddRange(indicators);
    }

    private static void AddBreakthroughsAndTargets(PortalDbContext db)
    {
        Breakthrough[] previousTerm =
        [
            new()
            {
                TermStartYear = 2020,
                Number = 1,
                Title = "Đầu tư kết cấu hạ tầng",
                Slug = "dot-pha-2020-ha-tang",
                Summary = "Ưu tiên nguồn vốn cho giao thông, trường học, thiết chế văn hóa và cảnh quan đô thị; tổng vốn "
                    + "đầu tư toàn xã hội cả giai đoạn ước đạt hơn 15.200 tỷ đồng.",
            },
            new()
            {
                TermStartYear = 2020,
                Number = 2,
                Title = "Phát triển dịch vụ",
                Slug = "dot-pha-2020-dich-vu",
                Summary = "Mở rộng thương mại, dịch vụ với nhiều thành phần kinh tế tham gia; hình thành các mô hình "
                    + "đặc thù như phố ẩm thực Tiên Dung, trung tâm thương mại và cụm dịch vụ trên các tuyến phố chính.",
            },
            new()
            {
                TermStartYear = 2020,
                Number = 3,
                Title = "Xây dựng đô thị văn minh, hiện đại",
                Slug = "dot-pha-2020-do-thi-van-minh",
                Summary = "Quy hoạch và xây dựng theo hướng xanh, bền vững, dành ưu tiên cho không gian công cộng, cây xanh "
                    + "và công trình thân thiện với môi trường.",
            },
        ];

        var infrastructure = new Breakthrough
        {
            TermStartYear = 2025,
            Number = 1,
            Title = "Đầu tư xây dựng kết cấu hạ tầng đô thị hiện đại",
            Slug = "dot-pha-ha-tang-do-thi",
            Summary = "Xây dựng hạ tầng đô thị theo hướng hiện đại để nâng chất lượng sống của người dân, tạo nền tảng "
                + "phát triển kinh tế – xã hội, thu hút đầu tư và sử dụng đất, không gian đô thị hiệu quả hơn.",
        };
        var digital = new Breakthrough
        {
            TermStartYear = 2025,
            Number = 2,
            Title = "Cải cách hành chính gắn với chuyển đổi số",
            Slug = "dot-pha-cai-cach-hanh-chinh-chuyen-doi-so",
            Summary = "Đẩy mạnh cải cách hành chính theo tinh thần phục vụ, song hành với chuyển đổi số trong quản lý, "
                + "điều hành; xây dựng chính quyền số, hướng tới đô thị thông minh.",
        };

        db.Breakthroughs.AddRange(previousTerm);
        db.Breakthroughs.AddRange(infrastructure, digital);

        var order = 0;
        Target NewTarget(string title, string description, Breakthrough? breakthrough) => new()
        {
            Title = title,
            Slug = Slugifier.Slugify(title),
            Description = description,
            Breakthrough = breakthrough,
            Status = TargetStatus.NotAssessed,
            SortOrder = ++order,
        };

        db.Targets.AddRange(
            NewTarget(
                "Trở thành trung tâm dịch vụ, thương mại, du lịch của tỉnh và của vùng",
                "Đưa Thanh Miếu trở thành một trong những trung tâm dịch vụ, thương mại, du lịch của tỉnh và của vùng, "
                    + "với tốc độ tăng trưởng kinh tế cao.",
                null),
            NewTarget(
                "Tăng trưởng nhờ khoa học công nghệ, chuyển đổi số và kinh tế tư nhân",
                "Lấy khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số và kinh tế tư nhân làm động lực và nguồn lực "
                    + "chủ yếu cho tăng trưởng kinh tế.",
                null),
            NewTarget(
                "Xây dựng Thanh Miếu thành “điểm đến văn hóa”",
                "Bảo tồn và phát huy giá trị các di sản văn hóa – lịch sử của phường, gắn di tích, lễ hội với phát triển "
                    + "du lịch văn hóa.",
                null),
            NewTarget(
                "Nâng cao chất lượng cuộc sống, xã hội hài hòa, môi trường trong lành",
                "Nâng cao toàn diện chất lượng cuộc sống của Nhân dân; xã hội phát triển hài hòa, môi trường sinh thái "
                    + "trong lành, đáng sống.",
                null),
            NewTarget(
                "Giữ vững quốc phòng – an ninh, bảo đảm trật tự an toàn xã hội",
                "Củng cố, giữ vững quốc phòng – an ninh trên địa bàn và bảo đảm trật tự an toàn xã hội.",
                null),
            NewTarget(
                "Hệ thống kết cấu hạ tầng đô thị đồng bộ, hiện đại",
                "Hoàn thiện hạ tầng đô thị đồng bộ, hiện đại, trực tiếp nâng chất lượng sống và tạo điều kiện thu hút đầu tư.",
                infrastructure),
            NewTarget(
                "Địa điểm trung tâm tổ chức sự kiện của tỉnh và quốc gia",
                "Trở thành một trong những địa điểm trung tâm tổ chức các sự kiện của tỉnh và quốc gia, nhất là các sự kiện "
                    + "văn hóa, thể thao.",
                infrastructure),
            NewTarget(
                "Phường thông minh trên nền tảng dữ liệu số đồng bộ",
                "Ứng dụng mạnh mẽ chuyển đổi số trong quản lý hành chính, hướng tới “phường thông minh” vận hành trên nền tảng "
                    + "dữ liệu số đồng bộ.",
                digital),
            NewTarget(
                "Chính quyền phục vụ, chuyên nghiệp, hiện đại, minh bạch",
                "Xây dựng chính quyền phục vụ, chuyên nghiệp, hiện đại, nhanh, hiệu quả và minh bạch; phát triển chính quyền "
                    + "số, kinh tế số, xã hội số và công dân số.",
                digital));
    }

    private static Dictionary<string, FormerUnit> AddFormerUnits(PortalDbContext db, IMarkdownRenderer renderer)
    {
        var thanhMieu = new FormerUnit
        {
            Name = "Thanh Miếu",
            Slug = "thanh-mieu",
            Kind = FormerUnitKind.Ward,
            SortOrder = 1,
            Summary = "Phường cũ mang tên được dùng cho phường mới; năm 1927 là một làng thuộc tổng Minh Nông, huyện Hạc Trì.",
            Sources = Lines(Resolution1676, WikipediaHacTri),
        };
        thanhMieu.SetHistory(
            """
            Thanh Miếu là một trong bốn phường được nhập lại, cùng xã Sông Lô, để lập phường Thanh Miếu mới từ ngày
            01/07/2025 (Nghị quyết 1676/NQ-UBTVQH15). Tên phường cũ được giữ làm tên của phường mới.

            Theo tư liệu về huyện Hạc Trì, năm 1927 Thanh Miếu là một làng thuộc tổng Minh Nông, huyện Hạc Trì — cùng
            tổng với Thọ Sơn và Tiên Cát.

            Ngoài những điều trên, Ban biên tập chưa tìm được tư liệu đáng tin cậy về lịch sử và di tích riêng của phường
            Thanh Miếu cũ. Mời bạn đọc, các bậc cao niên và cơ quan chuyên môn góp thêm tư liệu có nguồn.
            """,
            renderer);

        var tienCat = new FormerUnit
        {
            Name = "Tiên Cát",
            Slug = "tien-cat",
            Kind = FormerUnitKind.Ward,
            SortOrder = 2,
            Summary = "Phường cũ có đền Tiên bên sông Hồng, thờ Mẫu Long Hồng Đăng Ngạn, và chùa Cát Tường.",
            Sources = Lines(Resolution1676, WikipediaHacTri, VietTriPortalDenTien),
        };
        tienCat.SetHistory(
            """
            Năm 1927, Tiên Cát là một làng thuộc tổng Minh Nông, huyện Hạc Trì. Từ ngày 01/07/2025, phường Tiên Cát được
            nhập vào phường Thanh Miếu mới theo Nghị quyết 1676/NQ-UBTVQH15.

            ## Đền Tiên và chùa Cát Tường

            **Đền Tiên** nằm bên sông Hồng, thờ Mẫu Long Hồng Đăng Ngạn — theo truyền thuyết là mẹ của Lạc Long Quân.
            Lễ hội đền diễn ra ngày 9–10/10 âm lịch. Trên địa bàn Tiên Cát cũ còn có **chùa Cát Tường**, xây dựng năm 1999.
            """,
            renderer);

        var thoSon = new FormerUnit
        {
            Name = "Thọ Sơn",
            Slug = "tho-son",
            Kind = FormerUnitKind.Ward,
            SortOrder = 3,
            Summary = "Phường cũ đã nhận thêm Bến Gót từ ngày 01/01/2025; có tục thờ Thạch Khanh và giao hiếu với Bạch Hạc.",
            Sources = Lines(Resolution1676, BaoPhuTho2024Merger, DaiBieuNhanDan, WikipediaHacTri),
        };
        thoSon.SetHistory(
            """
            Năm 1927, Thọ Sơn là một làng thuộc tổng Minh Nông, huyện Hạc Trì.

            ## Nhập Bến Gót (2025)

            Từ ngày 01/01/2025, phường Bến Gót được nhập vào phường Thọ Sơn theo Nghị quyết 1282/NQ-UBTVQH15. Sau khi
            nhập, Thọ Sơn có diện tích 4,16 km² và 13.403 người. Chỉ sáu tháng sau, từ ngày 01/07/2025, Thọ Sơn cùng
            ba phường và một xã khác hợp thành phường Thanh Miếu mới (Nghị quyết 1676/NQ-UBTVQH15), nên khu vực Bến Gót
            cũ cũng thuộc phường Thanh Miếu.

            ## Tín ngưỡng

            Thọ Sơn thờ Thạch Khanh, người được coi là em của Thổ Lệnh — vị thần làng Bạch Hạc. Theo truyền thống, hai
            làng có lệ giao hiếu, qua lại lễ bái với nhau.
            """,
            renderer);

        var bachHac = new FormerUnit
        {
            Name = "Bạch Hạc",
            Slug = "bach-hac",
            Kind = FormerUnitKind.Ward,
            SortOrder = 4,
            Summary = "Vùng đất cổ mang tên Bạch Hạc từ thế kỷ XV; nơi có phần lớn các di tích, lễ hội được giới thiệu "
                + "trên cổng thông tin.",
            Sources = Lines(Resolution1676, TienPhong, WikipediaHacTri, DuLichPhuTho2023),
        };
        bachHac.SetHistory(
            """
            ## Tên gọi

            Theo *Đại Nam nhất thống chí*, mục chép về huyện Bạch Hạc, vùng đất này xưa thuộc Phong Châu, nơi đóng đô
            của các vua Hùng. Tên Bạch Hạc có từ khoảng năm 1460–1469, đặt theo đàn hạc trắng.

            ## Các mốc hành chính

            - Năm 1957, thị trấn Bạch Hạc được chuyển từ huyện Vĩnh Tường về thị xã Việt Trì.
            - Năm 2023, phường Bạch Hạc có gần 8.000 người.
            - Từ ngày 01/07/2025, phường Bạch Hạc được nhập vào phường Thanh Miếu mới theo Nghị quyết 1676/NQ-UBTVQH15.

            ## Di sản

            Phần lớn các di tích và lễ hội được giới thiệu trên cổng thông tin — đền Tam Giang, chùa Đại Bi, đình Bạch Hạc,
            đình – chùa Mộ Chu Hạ cùng các lễ hội gắn với chúng — thuộc địa bàn Bạch Hạc cũ. Xem chi tiết ở mục
            [Di sản](/di-san).
            """,
            renderer);

        var songLo = new FormerUnit
        {
            Name = "Sông Lô",
            Slug = "song-lo",
            Kind = FormerUnitKind.Commune,
            SortOrder = 5,
            Summary = "Đơn vị duy nhất là xã trong năm đơn vị hợp thành phường; không nhầm với xã Sông Lô mới được lập năm 2025 "
                + "từ các xã thuộc Vĩnh Phúc cũ.",
            Sources = Lines(Resolution1676, WikipediaHacTri, BaoPhuTho2025SongLo),
        };
        songLo.SetHistory(
            """
            Sông Lô là đơn vị duy nhất có cấp **xã** trong năm đơn vị hợp thành phường Thanh Miếu; bốn đơn vị còn lại đều
            là phường.

            ## Các mốc hành chính

            - Năm 1960, xã Sông Lô được chuyển từ huyện Hạc Trì về thị xã Việt Trì (Nghị định 003-TTg). Ban biên tập
              hiểu đây là cùng một xã với xã Sông Lô được nhập năm 2025; nếu có tư liệu khác, xin được đính chính.
            - Từ ngày 01/07/2025, xã Sông Lô được nhập vào phường Thanh Miếu mới theo Nghị quyết 1676/NQ-UBTVQH15.

            ## Lưu ý trùng tên

            Cũng Nghị quyết 1676 (khoản 59) lập một **xã Sông Lô khác**, từ các xã Đồng Thịnh, Tứ Yên, Đức Bác và Yên Thạch
            (trước thuộc tỉnh Vĩnh Phúc). Các tin bài năm 2025 trên báo chí về “xã Sông Lô” thường nói về xã mới này,
            không phải về xã Sông Lô cũ nay thuộc phường Thanh Miếu.

            Ban biên tập chưa tìm được thêm tư liệu đáng tin cậy về lịch sử và di tích riêng của xã Sông Lô cũ.
            """,
            renderer);

        FormerUnit[] units = [thanhMieu, tienCat, thoSon, bachHac, songLo];
        db.FormerUnits.AddRange(units);
        return units.ToDictionary(u => u.Slug);
    }

    private static Dictionary<string, HeritageSite> AddHeritageSites(
        PortalDbContext db,
        IMarkdownRenderer renderer,
        Dictionary<string, FormerUnit> units)
    {
        var bachHac = units["bach-hac"];

        var tamGiang = new HeritageSite
        {
            Name = "Đền Tam Giang",
            Slug = "den-tam-giang",
            Kind = HeritageKind.Den,
            FormerUnit = bachHac,
            Summary = "Ngôi đền ở ngã ba Hạc, nơi sông Thao, sông Đà và sông Lô gặp nhau; thờ Thổ Lệnh, Thánh Mẫu "
                + "Quách A Nương và Trần Nhật Duật; di tích lịch sử cấp quốc gia từ năm 2010.",
            RecognitionLevel = "Di tích lịch sử cấp quốc gia (2010)",
            Address = "Bờ sông Lô, gần ngã ba Hạc, khu vực phường Bạch Hạc cũ, phường Thanh Miếu",
            Sources = Lines(BaoPhuTho2025RuocNuoc, NhanDan, DuLichPhuTho, VietTriPortalTamGiang, TienPhong, WebTheThao,
                DaiBieuNhanDan),
            SortOrder = 1,
        };
        tamGiang.SetDescription(
            """
            Đền Tam Giang, thường được gọi là **đền Bạch Hạc**, thuộc địa bàn phường Bạch Hạc cũ, nay là phường Thanh Miếu.
            Đền nằm bên bờ sông Lô, cách điểm hợp lưu khoảng 400 m, ở ngã ba Hạc — nơi ba dòng Thao, Đà và Lô gặp nhau.
            Một số tài liệu gọi nơi này là ngã ba Hồng – Lô – Đà; đó vẫn là cùng một điểm hợp lưu.

            ## Các vị được thờ

            - **Thổ Lệnh**, tức Cao quan Bạch Hạc Đại vương, vị thần làng từ thời Hùng Vương;
            - **Thánh Mẫu Quách A Nương**, một nữ tướng dưới thời Hai Bà Trưng;
            - **Trần Nhật Duật**, Chiêu Văn Vương đời Trần.

            ## Lịch sử

            Khởi nguồn của đền là quán Thông Thánh, một đạo quán có từ niên hiệu Vĩnh Huy (năm 650). Công trình được làm lại
            năm 1818 và trùng tu năm 1912. Theo tư liệu của ngành du lịch Phú Thọ, nhà Trần từng luyện quân ở ngã ba Bạch Hạc;
            năm Ất Dậu 1285, Trần Nhật Duật làm lễ thề tại đây trước khi dẫn quân ra trận.

            ## Hiện vật

            Đền còn giữ quả chuông đồng đúc năm Minh Mệnh thứ 11, tấm bia niên đại Gia Long 17–18 và pho tượng đồng
            Trần Nhật Duật cao 3,35 m.

            ## Xếp hạng và lễ hội

            Năm 2010, Bộ Văn hóa, Thể thao và Du lịch xếp hạng đền là di tích lịch sử cấp quốc gia; Ban biên tập chưa tìm
            được số quyết định. Đền cùng chùa Đại Bi hợp thành cụm di tích quốc gia “Đền Tam Giang – Chùa Đại Bi”.

            Lễ hội đền Tam Giang, mở đầu bằng lễ rước nước, được công nhận là di sản văn hóa phi vật thể quốc gia; địa
            phương nhận bằng ngày 19/10/2019. Bến đền bên sông Lô cũng là nơi diễn ra lễ hội bơi chải.

            ## Ghi chú về nguồn

            Vài trang web ít tin cậy nêu thêm những đối tượng thờ khác (Mẫu Tam phủ, Thạch Khanh). Các nguồn chính thống
            không xác nhận điều này; Báo Đại biểu Nhân dân cho biết Thạch Khanh được thờ ở Thọ Sơn. Chưa nguồn nào
            công bố tọa độ của đền.
            """,
            renderer);

        var daiBi = new HeritageSite
        {
            Name = "Chùa Đại Bi",
            Slug = "chua-dai-bi",
            Kind = HeritageKind.Chua,
            FormerUnit = bachHac,
            Summary = "Ngôi chùa ở ngã ba Bạch Hạc, gần cầu Việt Trì, thuộc cụm di tích quốc gia “Đền Tam Giang – Chùa Đại Bi”.",
            RecognitionLevel = "Thuộc cụm di tích cấp quốc gia “Đền Tam Giang – Chùa Đại Bi”",
            Address = "Ngã ba Bạch Hạc, gần cầu Việt Trì, khu vực phường Bạch Hạc cũ, phường Thanh Miếu",
            Sources = Lines(BaoPhuTho2025RuocNuoc, DiDuLich, HanoiMoi, VovHeritageList),
            SortOrder = 2,
        };
        daiBi.SetDescription(
            """
            Chùa Đại Bi nằm ở ngã ba Bạch Hạc, gần cầu Việt Trì, trên địa bàn phường Bạch Hạc cũ. Chùa là một phần của
            cụm di tích quốc gia “Đền Tam Giang – Chùa Đại Bi”. Ngoài đền và chùa, cụm di tích còn gồm đền Mẫu, dấu chân
            Thổ Lệnh, bến bơi chải và tượng Trần Nhật Duật.

            ## Điều chưa rõ

            Niên đại xây dựng chùa chưa được nguồn đáng tin cậy nào xác nhận, nên trang này chưa nêu.

            ## Tránh nhầm lẫn

            Chùa Đại Bi ở Thanh Miếu khác với chùa Đại Bi ở Nam Định. Lễ hội của ngôi chùa ở Nam Định có tên trong danh mục
            di sản văn hóa phi vật thể quốc gia; thông tin đó không thuộc về ngôi chùa ở ngã ba Bạch Hạc.
            """,
            renderer);

        var dinhBachHac = new HeritageSite
        {
            Name = "Đình Bạch Hạc",
            Slug = "dinh-bach-hac",
            Kind = HeritageKind.Dinh,
            FormerUnit = bachHac,
            Summary = "Ngôi đình thờ Thổ Lệnh, dựng trên gò cao nhìn ra sông; cấp xếp hạng và quan hệ với đền Tam Giang "
                + "còn cần xác minh.",
            RecognitionLevel = null,
            Sources = Lines(DaiBieuNhanDan, CongressArticle),
            SortOrder = 3,
        };
        dinhBachHac.SetDescription(
            """
            Theo Báo Đại biểu Nhân dân, đình Bạch Hạc dựng trên khu đất cao, mặt hướng ra sông, thờ Thổ Lệnh — vị thần
            của làng Bạch Hạc. Tảng đá mang dấu chân ngài từng là điểm xuất phát của cuộc đua thuyền tháng Ba.

            Bài viết về Đại hội Đảng bộ phường lần thứ I nhắc đến đình Bạch Hạc cùng đền Tam Giang và chùa Đại Bi như những
            di tích đang góp phần hình thành điểm đến du lịch văn hóa cộng đồng của phường.

            ## Những điều chưa xác minh

            - Chưa tìm thấy quyết định xếp hạng di tích nào cho đình.
            - Chưa rõ đình có phải là công trình riêng biệt với đền Tam Giang hay không, vì đền Tam Giang cũng thường được
              gọi là “đền Bạch Hạc”.
            - Lịch sử của công trình hiện nay (còn từ xưa hay đã dựng lại) chỉ thấy trong nguồn không chính thức.

            Ban biên tập sẽ bổ sung khi có xác nhận của địa phương.
            """,
            renderer);

        var moChuHa = new HeritageSite
        {
            Name = "Đình – chùa Mộ Chu Hạ",
            Slug = "dinh-chua-mo-chu-ha",
            Kind = HeritageKind.Dinh,
            FormerUnit = bachHac,
            Summary = "Cụm đình – chùa của làng Mộ Chu Hạ (Bạch Hạc cũ), di tích cấp tỉnh từ năm 2001; đình thờ vua Lê Đại Hành.",
            RecognitionLevel = "Di tích cấp tỉnh (2001)",
            Sources = Lines(BaoPhuTho2025MoChuHa, PhuThoPortal, BanTonGiao),
            SortOrder = 4,
        };
        moChuHa.SetDescription(
            """
            Đình – chùa Mộ Chu Hạ thuộc địa bàn phường Bạch Hạc cũ và được xếp hạng di tích cấp tỉnh năm 2001. Đình làng
            thờ vua Lê Đại Hành.

            Vào tháng Giêng, làng tổ chức hội thi giã bánh dày để tưởng nhớ nhà vua; bốn giáp trong làng cùng tranh tài.
            Các nguồn ghi ngày tổ chức không hoàn toàn giống nhau, xem chi tiết ở phần lễ hội.

            Theo Ban Tôn giáo Chính phủ (2021), vùng Bạch Hạc có sáu cụm di tích đã được xếp hạng: một cụm cấp quốc gia và
            năm cụm cấp tỉnh.
            """,
            renderer);

        var tienDung = new HeritageSite
        {
            Name = "Phố ẩm thực Tiên Dung",
            Slug = "pho-am-thuc-tien-dung",
            Kind = HeritageKind.Other,
            FormerUnit = null,
            Summary = "Tuyến phố ẩm thực được Đại hội Đảng bộ phường nêu là mô hình dịch vụ đặc thù, tiêu biểu của giai đoạn "
                + "2020–2025.",
            RecognitionLevel = null,
            Sources = Lines(CongressArticle),
            SortOrder = 5,
        };
        tienDung.SetDescription(
            """
            Phát triển dịch vụ là một trong ba khâu đột phá của các địa phương nay thuộc phường Thanh Miếu trong nhiệm kỳ
            2020–2025. Bài viết về Đại hội Đảng bộ phường lần thứ I nêu tuyến phố ẩm thực Tiên Dung là ví dụ điển hình của
            các mô hình dịch vụ đặc thù đã hình thành và mở rộng, bên cạnh trung tâm thương mại và các cụm dịch vụ trên
            những tuyến phố chính.

            Phố ẩm thực không phải là di tích được xếp hạng. Cổng thông tin giới thiệu nơi đây như một điểm đến gắn với mục
            tiêu đưa Thanh Miếu thành trung tâm dịch vụ, thương mại, du lịch của tỉnh và của vùng.

            ## Thông tin chưa xác nhận

            Chiều dài tuyến phố, số cơ sở kinh doanh và việc tuyến phố thuộc phường cũ nào chưa được nguồn chính thức công
            bố. Ban biên tập sẽ cập nhật khi có xác nhận.
            """,
            renderer);

        HeritageSite[] sites = [tamGiang, daiBi, dinhBachHac, moChuHa, tienDung];
        db.HeritageSites.AddRange(sites);
        return sites.ToDictionary(s => s.Slug);
    }

    private static void AddFestivals(PortalDbContext db, Dictionary<string, HeritageSite> sites)
    {
        var tamGiang = sites["den-tam-giang"];

        db.Festivals.AddRange(
            new Festival
            {
                Name = "Lễ hội đền Tam Giang",
                Slug = "le-hoi-den-tam-giang",
                HeritageSite = tamGiang,
                LunarDate = "3–5/1; 10/3; 25/9",
                DateNote = "Theo Báo Phú Thọ (15/11/2025), lễ hội có ba kỳ: 3–5/1; 10/3 (ngày sinh của Thánh); 25/9 (ngày "
                    + "hóa của Thánh, “tiệc Quan Thanh”). Báo Nhân Dân nêu hai kỳ hội chính: 8–10/3 và 25/9. Trang "
                    + "thamhiemvietnam.com gọi kỳ 3–5/1 là “Hội Bạch Hạc”, thờ Thổ Lệnh.",
                Description = "Lễ hội của đền Tam Giang ở ngã ba Hạc, tôn vinh các vị được thờ tại đền. Lễ rước nước mở đầu "
                    + "lễ hội. Lễ hội được công nhận là di sản văn hóa phi vật thể quốc gia; địa phương nhận bằng ngày "
                    + "19/10/2019 (chưa tìm thấy số quyết định).",
                Recognition = "Di sản văn hóa phi vật thể quốc gia (nhận bằng 19/10/2019)",
                Sources = Lines(BaoPhuTho2025RuocNuoc, NhanDan, ThamHiem, WebTheThao),
                SortOrder = 1,
            },
            new Festival
            {
                Name = "Rước nước",
                Slug = "ruoc-nuoc",
                HeritageSite = tamGiang,
                LunarDate = null,
                DateNote = "Các nguồn chính chỉ cho biết lễ rước nước mở đầu lễ hội đền Tam Giang, không nêu ngày riêng. "
                    + "Trang chonthieng.com (nguồn yếu, chưa xác nhận) viết đội rước gồm 13 nam, 13 nữ, xuất phát sáng 8/3 âm lịch.",
                Description = "Nghi lễ mở đầu lễ hội đền Tam Giang: đoàn rước xuống thuyền ra ngã ba Hạc, nơi ba dòng sông "
                    + "hợp lưu, lấy nước rồi rước về đền để làm lễ. Rước nước không được ghi danh riêng; nghi lễ là một phần "
                    + "của Lễ hội đền Tam Giang, được công nhận di sản văn hóa phi vật thể quốc gia năm 2019.",
                Recognition = null,
                Sources = Lines(BaoPhuTho2025RuocNuoc, WebTheThao, ChonThieng),
                SortOrder = 2,
            },
            new Festival
            {
                Name = "Bơi chải",
                Slug = "boi-chai",
                HeritageSite = tamGiang,
                LunarDate = "9/3",
                DateNote = "Ngày 9/3 âm lịch theo Báo Dân tộc và Phát triển (2018) và VietnamPlus (2019). Chiều dài đường đua "
                    + "khác nhau giữa các nguồn: 5 km trong các mùa 2018 và 2019 (baodantoc.vn, vietnamplus.vn), nhưng 3 km "
                    + "năm 2017 (thuviensuckhoe.org).",
                Description = "Cuộc đua thuyền truyền thống trên sông Lô, tại bến đền Tam Giang, diễn ra dịp Giỗ Tổ Hùng Vương. "
                    + "Sáu đội tham gia; mỗi thuyền có 27 người, trong đó 24 tay chèo. Lễ hội gắn với tích Trần Nhật Duật "
                    + "luyện thủy quân ở Bạch Hạc. Năm 2019, ban tổ chức giới thiệu đây là lễ hội bơi chải lâu đời nhất tỉnh "
                    + "và cho biết đang chuẩn bị hồ sơ đề nghị ghi danh cấp quốc gia; đến nay chưa thấy quyết định công nhận.",
                Recognition = null,
                Sources = Lines(BaoDanToc, VietnamPlus, ThuVienSucKhoe, DuLichTayBac),
                SortOrder = 3,
            },
            new Festival
            {
                Name = "Hội thi giã bánh dày",
                Slug = "hoi-thi-gia-banh-day",
                HeritageSite = sites["dinh-chua-mo-chu-ha"],
                LunarDate = "9–10/1",
                DateNote = "Đình Mộ Chu Hạ, ngày 9–10/1 âm lịch theo Cổng thông tin điện tử tỉnh Phú Thọ và Báo Phú Thọ "
                    + "(02/2025). Ban Tôn giáo Chính phủ (2021) ghi địa điểm là “đền, chùa Mộ Chu Hạ”, ngày 10/1. Trang "
                    + "dulichtaybac.vn ghi hội thi diễn ra ngày 10/1 và 10/3.",
                Description = "Hội thi của làng Mộ Chu Hạ (Bạch Hạc cũ) tưởng nhớ vua Lê Đại Hành, người được thờ ở đình làng; "
                    + "bốn giáp trong làng cùng thi giã bánh dày. Chưa thấy hội thi có tên trong danh mục di sản.",
                Recognition = null,
                Sources = Lines(PhuThoPortal, BaoPhuTho2025MoChuHa, BanTonGiao, DuLichTayBac),
                SortOrder = 4,
            },
            new Festival
            {
                Name = "Nấu cơm thi",
                Slug = "nau-com-thi",
                HeritageSite = null,
                LunarDate = null,
                DateNote = "Địa điểm và ngày tổ chức chưa được nguồn nào xác nhận: Ban Tôn giáo Chính phủ (2021) chỉ liệt kê "
                    + "tục này trong các phong tục của vùng Bạch Hạc, không nêu nơi và ngày.",
                Description = "Tục thi nấu cơm được kể trong các phong tục của vùng Bạch Hạc và được bài viết về Đại hội Đảng bộ "
                    + "phường nhắc đến cùng các lễ hội truyền thống khác. Không nhầm với tục thi nấu cơm ở Thị Cấm (Hà Nội).",
                Recognition = null,
                Sources = Lines(BanTonGiao, CongressArticle),
                SortOrder = 5,
            });
    }

    private static string Lines(params string[] sources) => string.Join('\n', sources);
}
