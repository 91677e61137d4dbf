namespace Ordo.Domain.Orders;

/// <summary>What a timeline entry records. The order of the values breaks ties between entries written at the same instant.</summary>
public enum OrderHistoryAction
{
    Submitted,
    Edited,
    Approved,
    Rejected,
    CsStaffAssigned,
    Cancelled,
}
