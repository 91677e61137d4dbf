using Ordo.Domain.Common;

namespace Ordo.Domain.Orders;

/// <summary>Why an order action is refused: the actor may not take it (403), or not in this state (409).</summary>
public sealed record OrderRefusal(string Code, string Message, bool Forbidden)
{
    public static OrderRefusal NotPermitted(string code, string message) => new(code, message, Forbidden: true);

    public static OrderRefusal NotNow(string code, string message) => new(code, message, Forbidden: false);

    public DomainException ToException() =>
        Forbidden ? new ForbiddenActionException(Code, Message) : new DomainException(Code, Message);
}
