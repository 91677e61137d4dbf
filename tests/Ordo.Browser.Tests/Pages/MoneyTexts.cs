using System.Globalization;

namespace Ordo.Browser.Tests.Pages;

/// <summary>What the money pages say, in each language.</summary>
public sealed record MoneyTexts
{
    public required string Culture { get; init; }

    public required string Wallet { get; init; }

    public required string TopUp { get; init; }

    public required string Amount { get; init; }

    public required string Reference { get; init; }

    public required string SendTopUp { get; init; }

    public required string TopUpSent { get; init; }

    public required string Pending { get; init; }

    public required string TopUpQueue { get; init; }

    public required string Confirm { get; init; }

    public required string Charges { get; init; }

    public required string PayDeposit { get; init; }

    public required string PayNow { get; init; }

    public required string DepositPaidStatus { get; init; }

    public required string DepositKind { get; init; }

    public required string TwentyMillion { get; init; }

    public required string Statement { get; init; }

    public required string DepositPaid { get; init; }

    public required string PayBalance { get; init; }

    public required string BalancePaid { get; init; }

    public required string PaymentsQueue { get; init; }

    public required string BankTransfer { get; init; }

    public required string PaymentConfirmed { get; init; }

    public required string OrderPaymentKind { get; init; }

    public required string AddCharge { get; init; }

    public required string ChargeType { get; init; }

    public required string Reason { get; init; }

    public required string Save { get; init; }

    public required string Saved { get; init; }

    public required string Supplementary { get; init; }

    public required string Credit { get; init; }

    public required string ChargeAdded { get; init; }

    public required string RefundKind { get; init; }

    public required string TopUpKind { get; init; }

    public required string WithdrawalKind { get; init; }

    public required string DiscountCode { get; init; }

    public required string ApplyCode { get; init; }

    public required string UnknownCode { get; init; }

    public required string InvalidCode { get; init; }

    public required string CodeDiscountRow { get; init; }

    public required string Withdraw { get; init; }

    public required string BankAccount { get; init; }

    public required string SendWithdrawal { get; init; }

    public required string WithdrawalSent { get; init; }

    public required string WithdrawalQueue { get; init; }

    public required string PayOut { get; init; }

    public required string Reject { get; init; }

    public required string WithdrawalPaid { get; init; }

    public required string WithdrawalRejected { get; init; }

    public required string ExportExcel { get; init; }

    public required string Method { get; init; }

    public required string SendPayment { get; init; }

    public required string PaymentPending { get; init; }

    public required string Debts { get; init; }

    public required string DebtsPerOrder { get; init; }

    /// <summary>The chip over the per-order tab when one customer's orders are shown; {0} is the customer's name.</summary>
    public required string OnlyOrdersOf { get; init; }

    public static MoneyTexts For(string culture) => culture switch
    {
        "vi" => new()
        {
            Culture = "vi", Wallet = "Ví tiền", TopUp = "Nạp tiền", Amount = "Số tiền (VND)", Reference = "Mã tham chiếu",
            SendTopUp = "Gửi yêu cầu nạp tiền", TopUpSent = "Đã gửi yêu cầu nạp tiền", Pending = "Nạp tiền chờ duyệt",
            TopUpQueue = "Duyệt nạp tiền", Confirm = "Xác nhận", Charges = "Chi phí", PayDeposit = "Đặt cọc", PayNow = "Thanh toán từ ví",
            DepositPaidStatus = "Đã đặt cọc", DepositKind = "Đặt cọc", TwentyMillion = "20.000.000 ₫", Statement = "Sao kê",
            DepositPaid = "Đã đặt cọc từ ví.",
            PayBalance = "Thanh toán phần còn lại", BalancePaid = "Đã thanh toán từ ví.", PaymentsQueue = "Duyệt thanh toán",
            BankTransfer = "Chuyển khoản", PaymentConfirmed = "Đã xác nhận thanh toán.", OrderPaymentKind = "Thanh toán đơn",
            AddCharge = "Phụ phí / giảm trừ", ChargeType = "Loại", Reason = "Lý do", Save = "Lưu", Saved = "Đã lưu.",
            Supplementary = "Phụ phí", Credit = "Giảm trừ", ChargeAdded = "Thêm phụ phí / giảm trừ",
            RefundKind = "Hoàn tiền", TopUpKind = "Nạp tiền", WithdrawalKind = "Rút tiền",
            DiscountCode = "Mã giảm giá", ApplyCode = "Áp dụng", UnknownCode = "không phải mã giảm giá hợp lệ",
            InvalidCode = "Mã giảm giá không hợp lệ cho đơn này.", CodeDiscountRow = "Mã giảm giá",
            Withdraw = "Rút tiền", BankAccount = "Tài khoản ngân hàng", SendWithdrawal = "Gửi yêu cầu rút tiền",
            WithdrawalSent = "Đã gửi yêu cầu rút tiền.", WithdrawalQueue = "Yêu cầu rút tiền", PayOut = "Chi trả", Reject = "Từ chối",
            WithdrawalPaid = "Đã chi trả.", WithdrawalRejected = "Đã từ chối yêu cầu rút tiền.", ExportExcel = "Xuất Excel",
            Method = "Hình thức", SendPayment = "Gửi kế toán xác nhận", PaymentPending = "Đã gửi thanh toán; kế toán sẽ xác nhận khi nhận được tiền.",
            Debts = "Công nợ", DebtsPerOrder = "Theo đơn hàng", OnlyOrdersOf = "Chỉ các đơn của {0}",
        },
        "en" => new()
        {
            Culture = "en", Wallet = "Wallet", TopUp = "Top up", Amount = "Amount (VND)", Reference = "Reference",
            SendTopUp = "Send top-up request", TopUpSent = "Top-up request sent", Pending = "Pending top-ups",
            TopUpQueue = "Top-up queue", Confirm = "Confirm", Charges = "Charges", PayDeposit = "Pay deposit", PayNow = "Pay from wallet",
            DepositPaidStatus = "Deposit paid", DepositKind = "Deposit", TwentyMillion = "₫20,000,000", Statement = "Statement",
            DepositPaid = "Deposit paid from the wallet.",
            PayBalance = "Pay balance", BalancePaid = "Payment made from the wallet.", PaymentsQueue = "Payments queue",
            BankTransfer = "Bank transfer", PaymentConfirmed = "Payment confirmed.", OrderPaymentKind = "Order payment",
            AddCharge = "Supplementary charge / credit", ChargeType = "Type", Reason = "Reason", Save = "Save", Saved = "Saved.",
            Supplementary = "Supplementary charge", Credit = "Credit", ChargeAdded = "Charge or credit added",
            RefundKind = "Refund", TopUpKind = "Top-up", WithdrawalKind = "Withdrawal",
            DiscountCode = "Discount code", ApplyCode = "Apply", UnknownCode = "is not a known discount code",
            InvalidCode = "This discount code is not valid for this order.", CodeDiscountRow = "Discount code",
            Withdraw = "Withdraw", BankAccount = "Bank account", SendWithdrawal = "Send withdrawal request",
            WithdrawalSent = "Withdrawal request sent.", WithdrawalQueue = "Withdrawals", PayOut = "Pay", Reject = "Reject",
            WithdrawalPaid = "Withdrawal paid.", WithdrawalRejected = "Withdrawal rejected.", ExportExcel = "Export to Excel",
            Method = "Method", SendPayment = "Send for confirmation", PaymentPending = "Payment sent; the accountant will confirm it when the money arrives.",
            Debts = "Debts", DebtsPerOrder = "Per order", OnlyOrdersOf = "Only the orders of {0}",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(culture), culture, "vi or en"),
    };

    /// <summary>A VND amount as the pages write it in this language: "1.250.000 ₫" or "₫1,250,000".</summary>
    public string Vnd(decimal amount)
    {
        var format = (NumberFormatInfo)CultureInfo.GetCultureInfo(Culture).NumberFormat.Clone();
        format.CurrencySymbol = "₫";
        format.CurrencyDecimalDigits = 0;
        return amount.ToString("C0", format);
    }

    /// <summary>A signed VND amount as statements and charge lines write it: "+1.250.000 ₫", "-₫50,000".</summary>
    public string SignedVnd(decimal amount) => amount > 0 ? $"+{Vnd(amount)}" : amount < 0 ? $"-{Vnd(-amount)}" : Vnd(0);
}
