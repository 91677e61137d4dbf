namespace Ordo.Application.Common;

/// <summary>An If-Match version did not match the stored one: the caller saw stale data (maps to 412).</summary>
public sealed class PreconditionFailedException(string what, int expected, int actual)
    : Exception($"{what} has changed since you read it (your version {expected}, current version {actual}). Reload and try again.");
