namespace Ordo.Browser.Tests.Pages;

/// <summary>What the buying department reads on the late orders page and the order page, in each language.</summary>
public sealed record LateTexts(
    string LateOrders, string GiveReason, string Reason, string Details, string Save, string ShopNotResponding, string NotBoughtInTime, string LateChip)
{
    public static LateTexts For(string culture) => culture switch
    {
        "vi" => new("Đơn trễ hạn", "Báo lý do trễ", "Lý do trễ", "Chi tiết", "Lưu lý do", "Shop không phản hồi", "Chậm đặt hàng", "Trễ hạn"),
        "en" => new("Late orders", "Give reason", "Reason for delay", "Details", "Save reason", "Shop not responding", "Not bought in time", "Late"),
        _ => throw new ArgumentOutOfRangeException(nameof(culture), culture, "vi or en"),
    };
}
