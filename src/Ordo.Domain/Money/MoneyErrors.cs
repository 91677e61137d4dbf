namespace Ordo.Domain.Money;

/// <summary>Stable error codes of the money rules.</summary>
public static class MoneyErrors
{
    public const string AlreadyDecided = "topup.already_decided";
    public const string InsufficientFunds = "wallet.insufficient_funds";
    public const string RoleNotAllowed = "money.role_not_allowed";
}
