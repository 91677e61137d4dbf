namespace Ordo.Domain.Common;

/// <summary>The actor's role does not allow this action (maps to 403).</summary>
public sealed class ForbiddenActionException(string code, string message) : DomainException(code, message);
