namespace Ordo.Domain.Identity;

public enum Department
{
    CustomerCare,
    Ordering,
    Accounting,
    ChinaWarehouse,
    VietnamWarehouse,
    Delivery,
    Management,
}
