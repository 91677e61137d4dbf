namespace Ordo.Domain.Buying;

/// <summary>A staff member who may buy with a <see cref="BuyingAccount"/>; the name is kept for lists, as on an order.</summary>
public sealed class BuyingAccountAssignment
{
    private BuyingAccountAssignment()
    {
        StaffName = string.Empty;
    }

    internal BuyingAccountAssignment(Guid staffId, string staffName)
    {
        StaffId = staffId;
        StaffName = staffName;
    }

    public Guid StaffId { get; private init; }

    public string StaffName { get; private set; }

    internal void Rename(string staffName) => StaffName = staffName;
}
