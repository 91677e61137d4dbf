namespace Ordo.Browser.Tests.Pages;

/// <summary>What the customer directory and the customer-group settings say, in each language.</summary>
public sealed record CustomerTexts(
    string MoneySettings, string LoyaltyTab, string NewTier, string Name, string Save, string Cancel, string Customers, string Search,
    string EditTerms, string Tier, string FeePercent, string FeeOutOfRange, string History, string GroupsTab, string NewGroup,
    string GeneralRate, string SetGroupRate, string VndPerCny, string SetRate, string RateTab)
{
    public static CustomerTexts For(string culture) => culture switch
    {
        "vi" => new(
            "Cài đặt tài chính", "Hạng thành viên", "Thêm hạng", "Tên", "Lưu", "Hủy bỏ", "Khách hàng", "Tìm khách hàng",
            "Sửa chính sách", "Hạng thành viên", "Phí dịch vụ (%)", "phải từ 0 đến 100", "Lịch sử thay đổi chính sách", "Nhóm khách hàng", "Thêm nhóm",
            "Theo tỷ giá chung", "Đặt tỷ giá", "VND mỗi CNY", "Đặt tỷ giá mới", "Tỷ giá"),
        "en" => new(
            "Money settings", "Loyalty tiers", "New tier", "Name", "Save", "Cancel", "Customers", "Search customers",
            "Edit terms", "Loyalty tier", "Service fee (%)", "must be between 0 and 100", "Changes of terms", "Customer groups", "New group",
            "General rate", "Set rate", "VND per CNY", "Set new rate", "Exchange rate"),
        _ => throw new ArgumentOutOfRangeException(nameof(culture), culture, "vi or en"),
    };
}
