namespace Ordo.Domain.Money;

public enum PaymentStatus
{
    Pending,
    Paid,
    Rejected,
}
