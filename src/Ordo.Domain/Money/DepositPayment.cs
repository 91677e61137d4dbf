namespace Ordo.Domain.Money;

/// <summary>How a deposit is paid: from the wallet, or (recorded by an accountant) by bank transfer or at the office.</summary>
public sealed record DepositPayment(PaymentMethod Method, string? Reference)
{
    public static DepositPayment FromWallet { get; } = new(PaymentMethod.Wallet, null);
}
