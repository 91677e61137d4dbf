namespace Ordo.Domain.Buying;

public enum ChangeStatus
{
    Pending,
    Approved,
    Refused,
}
