namespace Ordo.Domain.Tests.Support;

/// <summary>The people of domain.md, one per role. Customers are created fresh so each test owns its own.</summary>
public static class Actors
{
    public static Actor CsManager { get; } = Staff("Trần Thị Bình", Roles.CsManager);

    public static Actor CsStaff { get; } = Staff("Lê Văn Cường", Roles.CsStaff);

    public static Actor OrderManager { get; } = Staff("Phạm Minh Đức", Roles.OrderManager);

    public static Actor OrderingStaff { get; } = Staff("Hoàng Thu Hà", Roles.OrderingStaff);

    public static Actor Accountant { get; } = Staff("Vũ Thị Lan", Roles.Accountant);

    public static Actor Delivery { get; } = Staff("Đỗ Văn Nam", Roles.Delivery);

    public static Actor Admin { get; } = Staff("Quản trị", Roles.Admin);

    public static Actor NewCustomer(string name = "Nguyễn Văn An") => new(Guid.NewGuid(), name, Set(Roles.Customer));

    public static Actor OwnerOf(Order order) => new(order.CustomerId, order.CustomerName, Set(Roles.Customer));

    public static Actor Staff(string name, params string[] roles) => new(Guid.NewGuid(), name, Set(roles));

    public static CustomerRef AsCustomerRef(this Actor customer) =>
        new(customer.UserId, customer.Name, "an.nguyen@example.vn", "0901234567");

    private static HashSet<string> Set(params string[] roles) => new(roles, StringComparer.Ordinal);
}
