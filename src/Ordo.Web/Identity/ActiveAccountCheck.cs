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

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType), out var userId))
        {
            return principal;
        }

        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.IsDisabled, u.SecurityStamp })
            .FirstOrDefaultAsync();
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return account is null || account.IsDisabled || (stamp is not null && stamp != account.SecurityStamp)
            ? Anonymous
            : principal;
    }
}
