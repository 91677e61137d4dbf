namespace Ordo.Domain.Identity;

/// <summary>Who performs an action: the domain checks roles and ownership against this.</summary>
public sealed record Actor(Guid UserId, string Name, IReadOnlySet<string> Roles)
{
    /// <summary>Ordo itself, when a scheduled job acts (a parcel declared lost, an order completed after its days).</summary>
    public static Actor System { get; } = new(Guid.Empty, "Ordo", new HashSet<string>());

    public bool IsSystem => UserId == Guid.Empty;

    public bool IsInRole(string role) => Roles.Contains(role);

    public bool IsAdmin => IsInRole(Identity.Roles.Admin);

    public bool IsStaff => Roles.Any(r => r != Identity.Roles.Customer);

    public bool IsAnyOf(params string[] roles) => IsAdmin || roles.Any(Roles.Contains);
}
