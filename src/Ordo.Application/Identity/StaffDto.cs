using Ordo.Domain.Identity;

namespace Ordo.Application.Identity;

public sealed record StaffDto(
    Guid Id, string Email, string FullName, string? Phone, IReadOnlyList<string> Roles, Department? Department,
    bool IsDisabled, DateTimeOffset CreatedAt);
