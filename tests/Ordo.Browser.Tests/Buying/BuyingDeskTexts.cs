namespace Ordo.Browser.Tests.Buying;

/// <summary>The buying screens' words a test reads or clicks, per language.</summary>
public sealed record BuyingDeskTexts(
    string Desk, string AssignSelectedOne, string Buyer, string RecordPurchase, string ShopOrderNumbers, string TrackingNumber,
    string AddTrackingNumber, string PurchasedEntry, string RefundedEntry, string ShopShippedStatus, string OrderingStatus, string TrackingNumbers,
    string CostsTitle, string AskChange, string Reason, string ApproveChange, string NumbersChangedEntry, string BuyingTitle)
{
    public static BuyingDeskTexts For(string culture) => culture == "vi"
        ? new("Đặt hàng", "Giao người mua (1)", "Nhân viên đặt hàng", "Ghi nhận đặt hàng", "Mã đơn của shop", "Mã vận đơn",
            "Thêm mã vận đơn", "Đã đặt hàng với shop", "Hoàn tiền về ví", "Shop đã phát hàng", "Đang đặt hàng", "Mã vận đơn",
            "Chi phí của công ty", "Đổi mã đơn", "Lý do", "Duyệt", "Đã đổi mã đơn shop", "Đặt hàng")
        : new("Buying", "Assign buyer (1)", "Buyer", "Record purchase", "Shop order numbers", "Tracking number",
            "Add tracking number", "Bought from the shop", "Refunded to wallet", "Shipped by shop", "Ordering", "Tracking numbers",
            "What it cost us", "Change the numbers", "Reason", "Approve", "Shop order numbers changed", "Buying");

    public string PriceOf(string title) => RecordPurchase == "Record purchase" ? $"Shop price of {title}" : $"Giá shop của {title}";

    public string QuantityOf(string title) => RecordPurchase == "Record purchase" ? $"Quantity supplied of {title}" : $"Số lượng shop có của {title}";

    public string ClaimOrder(string code) => RecordPurchase == "Record purchase" ? $"Claim order {code}" : $"Nhận đơn {code}";
}
