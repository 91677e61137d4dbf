using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ordo.Application.Data;

namespace Ordo.Web.Identity;

/// <summary>
/// A sign-in (cookie or bearer token) is honoured only while the account is enabled and its security
/// stamp unchanged: disabling an account or changing its roles takes effect on the next request.
/// </summary>
internal sealed class ActiveAccountCheck(OrdoDbContext db, IOptions<IdentityOptions> identity) : IClaimsTransformation
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal) =>
        await IsStillValidAsync(db, principal, identity.Value, CancellationToken.None) ? principal : Anonymous;

    /// <summary>False once the signed-in account is gone, disabled, or its security stamp changed.</summary>
    internal static async Task<bool> IsStillValidAsync(OrdoDbContext db, ClaimsPrincipal principal, IdentityOptions identity, CancellationToken ct)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(identity.ClaimsIdentity.UserIdClaimType), out var userId))
        {
            return true;
        }

        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.IsDisabled, u.SecurityStamp })
            .FirstOrDefaultAsync(ct);
        var stamp = principal.FindFirstValue(identity.ClaimsIdentity.SecurityStampClaimType);
        return account is not null && !account.IsDisabled && (stamp is null || stamp == account.SecurityStamp);
    }
}
