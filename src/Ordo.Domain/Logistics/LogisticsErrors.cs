namespace Ordo.Domain.Logistics;

/// <summary>Stable error codes of the logistics rules (problem details' <c>code</c>).</summary>
public static class LogisticsErrors
{
    public const string RoleNotAllowed = "logistics.role_not_allowed";
    public const string WarehouseInactive = "logistics.warehouse_inactive";
    public const string WrongCountry = "logistics.wrong_country";
    public const string CodeTaken = "logistics.code_taken";
    public const string NoDestination = "logistics.no_destination";
    public const string AnonymousNumber = "logistics.anonymous_number";
    public const string NotMatchable = "logistics.not_matchable";
}
