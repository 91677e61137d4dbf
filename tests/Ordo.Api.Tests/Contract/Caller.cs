namespace Ordo.Api.Tests.Contract;

/// <summary>
/// Who calls an operation in the authorization matrix: nobody, the customer who owns the resource, another customer,
/// and each staff role by its demo account. The order is the order of the columns of <see cref="AccessTable"/>.
/// </summary>
public enum Caller
{
    Anonymous,
    Owner,
    OtherCustomer,
    CsManager,
    CsStaff,
    OrderManager,
    Buyer,
    Accountant,
    ForwardingManager,
    ChinaWarehouse,
    VietnamWarehouse,
    Delivery,
    Admin,
}
