using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Ordo.Application.Identity;

namespace Ordo.Web.Identity;

/// <summary>Adds the person's display name and language to the sign-in, so pages and the timeline can show who acted.</summary>
internal sealed class OrdoClaimsPrincipalFactory(UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(users, roles, options)
{
    public const string LanguageClaim = "ordo:lang";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ActorFactory.NameClaim, user.FullName));
        identity.AddClaim(new Claim(LanguageClaim, user.Language));
        return identity;
    }
}
