namespace Ordo.Domain.Tests.Orders.Builders;

/// <summary>Staff accounts that an order can (or cannot) be assigned to.</summary>
public static class StaffMembers
{
    public static StaffMember CustomerCare(string name = "Lê Thị Cúc") => New(name, Roles.CsStaff);

    public static StaffMember CustomerCareManager(string name = "Trần Thị Bình") => New(name, Roles.CsManager);

    public static StaffMember InactiveCustomerCare(string name = "Ngô Văn Cũ") =>
        new(Guid.NewGuid(), name, new HashSet<string> { Roles.CsStaff }, IsActive: false);

    public static StaffMember New(string name, params string[] roles) =>
        new(Guid.NewGuid(), name, new HashSet<string>(roles, StringComparer.Ordinal), IsActive: true);
}
