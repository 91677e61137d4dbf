namespace Ordo.Browser.Tests.Pages;

/// <summary>What the buying-account settings say, in each language.</summary>
public sealed record BuyingTexts(
    string Heading, string New, string AccountName, string PaymentKind, string BankCard, string PaymentAccount, string Staff,
    string Active, string Inactive, string Save, string Edit, string Saved, string Required)
{
    public static BuyingTexts For(string culture) => culture switch
    {
        "vi" => new(
            "Tài khoản mua hàng", "Thêm tài khoản", "Tên tài khoản", "Hình thức thanh toán", "Thẻ ngân hàng", "Tài khoản thanh toán", "Nhân viên được giao",
            "Đang hoạt động", "Ngừng sử dụng", "Lưu", "Sửa", "Đã lưu.", "không được để trống"),
        "en" => new(
            "Buying accounts", "New account", "Account name", "Payment method", "Bank card", "Payment account", "Assigned staff",
            "Active", "Inactive", "Save", "Edit", "Saved.", "is required"),
        _ => throw new ArgumentOutOfRangeException(nameof(culture), culture, "vi or en"),
    };
}
