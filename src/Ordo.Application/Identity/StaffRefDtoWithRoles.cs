namespace Ordo.Application.Identity;

public sealed record StaffRefDtoWithRoles(Guid Id, string Name, string Email, IReadOnlyList<string> Roles);
