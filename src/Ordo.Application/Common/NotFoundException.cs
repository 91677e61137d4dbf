namespace Ordo.Application.Common;

/// <summary>The thing asked for does not exist, or the caller may not know that it does (maps to 404).</summary>
public sealed class NotFoundException(string what, string key) : Exception($"{what} '{key}' was not found.");
