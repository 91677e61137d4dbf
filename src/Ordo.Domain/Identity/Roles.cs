namespace Ordo.Domain.Identity;

/// <summary>The roles of domain.md. Names are stable: they are stored and appear in tokens.</summary>
public static class Roles
{
    public const string Customer = "Customer";
    public const string CsManager = "CsManager";
    public const string CsStaff = "CsStaff";
    public const string OrderManager = "OrderManager";
    public const string OrderingStaff = "OrderingStaff";
    public const string Accountant = "Accountant";
    public const string ForwardingManager = "ForwardingManager";
    public const string ChinaWarehouse = "ChinaWarehouse";
    public const string VietnamWarehouse = "VietnamWarehouse";
    public const string Delivery = "Delivery";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } =
    [
        Customer, CsManager, CsStaff, OrderManager, OrderingStaff, Accountant,
        ForwardingManager, ChinaWarehouse, VietnamWarehouse, Delivery, Admin,
    ];

    public static IReadOnlyList<string> Staff { get; } = [.. All.Where(r => r != Customer)];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
