namespace Ordo.Domain.Money;

public enum TopUpStatus
{
    Pending,
    Confirmed,
    Rejected,
}
