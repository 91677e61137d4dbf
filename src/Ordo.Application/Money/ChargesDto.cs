using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>An order's charge breakdown as the customer sees it before paying (all VND unless named CNY).</summary>
public sealed record ChargesDto(
    Guid OrderId, string Code, bool RateLocked, decimal GoodsValueCny, decimal VndPerCny, decimal GoodsValueVnd,
    decimal ServiceFeePercent, decimal ServiceFeeBeforeDiscountsVnd, decimal LoyaltyDiscountVnd, decimal CodeDiscountVnd,
    decimal ServiceFeeVnd, decimal ChinaShippingCny, decimal ChinaShippingVnd, decimal InternationalShippingVnd,
    decimal InspectionFeeVnd, decimal WoodenCrateFeeVnd, decimal InsuranceFeeVnd, decimal SupplementaryVnd,
    decimal CreditsVnd, decimal TotalVnd, decimal AdvancePercent, decimal DepositVnd, decimal PaidVnd, decimal DueVnd,
    string? DiscountCode, IReadOnlyList<ChargeLineDto> Charges);

public sealed record ChargeLineDto(Guid Id, ChargeKind Kind, decimal AmountVnd, string Reason, DateTimeOffset At, string By);
