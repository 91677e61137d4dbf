using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Ordo.Web.Identity;

/// <summary>
/// A token or cookie of an account disabled (or signed out everywhere) since it was issued still
/// authenticates, but <see cref="ActiveAccountCheck"/> turns it into nobody. Authorization would then
/// forbid (403) because authentication "succeeded"; the sign-in is no longer valid, so challenge instead:
/// 401 for the API, the sign-in page for the web UI.
/// </summary>
internal sealed class RevokedSignInChallenge : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var revoked = authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated != true;
        return _default.HandleAsync(next, context, policy, revoked ? PolicyAuthorizationResult.Challenge() : authorizeResult);
    }
}
