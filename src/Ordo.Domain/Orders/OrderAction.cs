namespace Ordo.Domain.Orders;

/// <summary>
/// Everything a person may do to an existing order. Each has one rule in <see cref="OrderRules"/> and a
/// stable name in the API's <c>allowedActions</c> (<see cref="OrderActions.Name"/>).
/// </summary>
public enum OrderAction
{
    Edit,
    Approve,
    Reject,
    Assign,
    Cancel,
    OutOfStock,

    /// <summary>Pay the deposit of an approved purchase order from the customer's wallet.</summary>
    PayDeposit,

    /// <summary>Record a deposit that arrived by bank transfer or at the office (accountant).</summary>
    RecordDeposit,

    /// <summary>Pay (part of) what is still due after the deposit.</summary>
    PayBalance,

    /// <summary>Apply or remove a discount code before the deposit.</summary>
    ApplyDiscountCode,

    /// <summary>Add a supplementary charge or a credit, with a reason.</summary>
    AddCharge,
}
