namespace Ordo.Domain.Buying;

/// <summary>How a buying account pays the Chinese shops.</summary>
public enum PaymentKind
{
    Alipay,
    BankCard,
    Other,
}
