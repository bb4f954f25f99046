using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Services;

/// <summary>Vietnamese names for what the audit trail records.</summary>
public static class AuditNames
{
    private static readonly Dictionary<string, string> Properties = new(StringComparer.Ordinal)
    {
        ["Title"] = "Tiêu đề",
        ["Slug"] = "Đường dẫn",
        ["Summary"] = "Tóm tắt",
        ["BodyMarkdown"] = "Nội dung",
        ["DescriptionMarkdown"] = "Mô tả",
        ["HistoryMarkdown"] = "Lịch sử",
        ["Description"] = "Mô tả",
        ["Status"] = "Trạng thái",
        ["PublishedAtUtc"] = "Thời gian đăng",
        ["CategoryId"] = "Chuyên mục",
        ["CoverImagePath"] = "Ảnh bìa",
        ["CoverImageAlt"] = "Mô tả ảnh bìa",
        ["Name"] = "Tên",
        ["Unit"] = "Đơn vị tính",
        ["Group"] = "Nhóm",
        ["SortOrder"] = "Thứ tự",
        ["LunarDate"] = "Ngày âm lịch",
        ["DateNote"] = "Ghi chú ngày",
        ["Recognition"] = "Công nhận",
        ["RecognitionLevel"] = "Xếp hạng",
        ["Sources"] = "Nguồn",
        ["Address"] = "Địa chỉ",
        ["TargetValue"] = "Chỉ tiêu",
        ["BaselineValue"] = "Giá trị ban đầu",
        ["DeadlineYear"] = "Thời hạn",
        ["ResponsibleBody"] = "Đơn vị chủ trì",
        ["Author"] = "Tác giả",
        ["IsArchived"] = "Lưu trữ",
        ["Kind"] = "Loại",
        ["FormerUnitId"] = "Địa bàn",
        ["HeritageSiteId"] = "Di tích",
        ["BreakthroughId"] = "Khâu đột phá",
        ["Metric"] = "Chỉ số đo",
        ["IsKeyFigure"] = "Số liệu nổi bật",
        ["Latitude"] = "Vĩ độ",
        ["Longitude"] = "Kinh độ",
        ["TermStartYear"] = "Nhiệm kỳ",
        ["Number"] = "Số thứ tự",
        ["StartYear"] = "Từ năm",
        ["Year"] = "Năm",
        ["Value"] = "Giá trị",
        ["OutOf"] = "Trên tổng số",
        ["Qualifier"] = "Cách nêu giá trị",
        ["Note"] = "Ghi chú",
        ["Source"] = "Nguồn",
        ["Date"] = "Ngày",
    };

    public static string Property(string name) => Properties.GetValueOrDefault(name, name);

    public static string Action(AuditAction action) =>
        action switch
        {
            AuditAction.Create => "Tạo mới",
            AuditAction.Update => "Cập nhật",
            AuditAction.Publish => "Xuất bản",
            AuditAction.Archive => "Lưu trữ",
            AuditAction.Delete => "Xóa",
            AuditAction.Restore => "Khôi phục",
            AuditAction.SignIn => "Đăng nhập",
            AuditAction.SignInFailed => "Đăng nhập thất bại",
            AuditAction.SignOut => "Đăng xuất",
            AuditAction.LockedOut => "Tạm khóa tài khoản",
            AuditAction.PasswordChanged => "Đổi mật khẩu",
            AuditAction.Upload => "Tải lên",
            _ => action.ToString(),
        };
}
