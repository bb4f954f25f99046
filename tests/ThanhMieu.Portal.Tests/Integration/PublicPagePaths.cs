namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>One page of each kind the public site serves, from the seeded content.</summary>
public static class PublicPagePaths
{
    public const string Article = "/tin-tuc/phuong-thanh-mieu-chinh-thuc-di-vao-hoat-dong";

    public static TheoryData<string> All =>
    [
        "/",
        "/gioi-thieu",
        "/dai-hoi",
        "/thanh-tuu",
        "/thanh-tuu/ty-le-ho-ngheo",
        "/muc-tieu",
        "/muc-tieu/xay-dung-thanh-mieu-thanh-diem-den-van-hoa",
        "/di-san/lich-le-hoi",
        "/di-san",
        "/di-san/den-tam-giang",
        "/tin-tuc",
        "/tin-tuc?trang=2",
        Article,
        "/hoi-dap",
        "/hoi-dap/tra-cuu",
        "/van-ban",
        "/van-ban/1676-nq-ubtvqh15",
        "/du-lieu-mo",
        "/du-lieu-mo/api",
        "/thong-bao",
        "/tin-tuc/chuyen-muc/tin-tuc",
        "/tin-tuc/the/sap-xep-don-vi-hanh-chinh",
        "/gioi-thieu/to-chuc",
        "/lien-he",
        "/thu-tuc-hanh-chinh",
        "/thu-tuc-hanh-chinh?q=ho+tich",
        "/tim-kiem",
        "/tim-kiem?q=den+tam+giang",
    ];
}
