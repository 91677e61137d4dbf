namespace Ordo.Domain.Money;

public enum TopUpMethod
{
    BankTransfer,
    Office,
}
