namespace Ordo.Domain.Common;

/// <summary>One or more input values are not acceptable (maps to 400, each field named with its reasons).</summary>
public sealed class DomainValidationException(IReadOnlyDictionary<string, string[]> errors)
    : DomainException("validation", "One or more fields are invalid.", errors.Keys.FirstOrDefault())
{
    public DomainValidationException(string field, string reason)
        : this(new Dictionary<string, string[]> { [field] = [reason] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
