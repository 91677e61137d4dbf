namespace Ordo.Browser.Tests.Pages;

/// <summary>What the money pages say, in each language.</summary>
public sealed record MoneyTexts(
    string Wallet, string TopUp, string Amount, string Reference, string SendTopUp, string TopUpSent, string Pending,
    string TopUpQueue, string Confirm, string Charges, string PayDeposit, string PayNow, string DepositPaidStatus,
    string DepositKind, string TwentyMillion, string Statement, string DepositPaid)
{
    public static MoneyTexts For(string culture) => culture switch
    {
        "vi" => new(
            "Ví tiền", "Nạp tiền", "Số tiền (VND)", "Mã tham chiếu", "Gửi yêu cầu nạp tiền", "Đã gửi yêu cầu nạp tiền", "Nạp tiền chờ duyệt",
            "Duyệt nạp tiền", "Xác nhận", "Chi phí", "Đặt cọc", "Thanh toán từ ví", "Đã đặt cọc",
            "Đặt cọc", "20.000.000 ₫", "Sao kê", "Đã đặt cọc từ ví của bạn."),
        "en" => new(
            "Wallet", "Top up", "Amount (VND)", "Reference", "Send top-up request", "Top-up request sent", "Pending top-ups",
            "Top-up queue", "Confirm", "Charges", "Pay deposit", "Pay from wallet", "Deposit paid",
            "Deposit", "₫20,000,000", "Statement", "Deposit paid from your wallet."),
        _ => throw new ArgumentOutOfRangeException(nameof(culture), culture, "vi or en"),
    };
}
