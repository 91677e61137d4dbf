namespace Ordo.Domain.Common;

/// <summary>
/// A business rule was broken. <see cref="Code"/> is stable and machine-readable; the API turns it
/// into a problem detail (409 unless a subclass says otherwise).
/// </summary>
public class DomainException(string code, string message, string? field = null) : Exception(message)
{
    public string Code { get; } = code;

    public string? Field { get; } = field;
}
