namespace Ordo.Domain.Buying;

/// <summary>Stable error codes of the buying rules.</summary>
public static class BuyingErrors
{
    public const string RoleNotAllowed = "buying.role_not_allowed";
}
