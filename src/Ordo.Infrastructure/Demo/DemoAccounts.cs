using Ordo.Domain.Identity;

namespace Ordo.Infrastructure.Demo;

/// <summary>The accounts demo mode creates (README, "Demo accounts"). All share <see cref="Password"/>.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo@12345";

    public static IReadOnlyList<(string Email, string Name, string Role, Department? Department)> All { get; } =
    [
        ("customer@ordo.test", "Nguyễn Thị Lan", Roles.Customer, null),
        ("customer2@ordo.test", "Trần Văn Minh", Roles.Customer, null),
        ("cs.manager@ordo.test", "Lê Thu Hà", Roles.CsManager, Department.CustomerCare),
        ("cs@ordo.test", "Phạm Quốc Bảo", Roles.CsStaff, Department.CustomerCare),
        ("order.manager@ordo.test", "Vũ Đức Anh", Roles.OrderManager, Department.Ordering),
        ("buyer@ordo.test", "Đỗ Mai Linh", Roles.OrderingStaff, Department.Ordering),
        ("accountant@ordo.test", "Hoàng Văn Nam", Roles.Accountant, Department.Accounting),
        ("forwarding.manager@ordo.test", "Bùi Thanh Tùng", Roles.ForwardingManager, Department.Management),
        ("cn.warehouse@ordo.test", "Wang Wei", Roles.ChinaWarehouse, Department.ChinaWarehouse),
        ("vn.warehouse@ordo.test", "Ngô Thị Hương", Roles.VietnamWarehouse, Department.VietnamWarehouse),
        ("delivery@ordo.test", "Đặng Văn Hùng", Roles.Delivery, Department.Delivery),
        ("admin@ordo.test", "Quản trị viên", Roles.Admin, Department.Management),
    ];
}
