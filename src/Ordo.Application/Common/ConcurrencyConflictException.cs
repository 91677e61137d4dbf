namespace Ordo.Application.Common;

/// <summary>Someone else saved the same record at the same moment (maps to 409; retrying is safe).</summary>
public sealed class ConcurrencyConflictException(string what, Exception inner)
    : Exception($"{what} was changed by someone else at the same time. Reload and try again.", inner);
