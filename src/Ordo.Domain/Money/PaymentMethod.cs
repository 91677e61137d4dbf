namespace Ordo.Domain.Money;

public enum PaymentMethod
{
    Wallet,
    BankTransfer,
    Office,
}
