using System.Security.Claims;
using Ordo.Domain.Identity;

namespace Ordo.Application.Identity;

public static class ActorFactory
{
    public const string NameClaim = "ordo:name";

    /// <summary>The signed-in person as the domain sees them; null when not signed in.</summary>
    public static Actor? FromPrincipal(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal.Identity?.IsAuthenticated != true || !Guid.TryParse(id, out var userId))
        {
            return null;
        }

        var name = principal.FindFirstValue(NameClaim) ?? principal.Identity.Name ?? string.Empty;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Actor(userId, name, roles);
    }
}
