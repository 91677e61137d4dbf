using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Ordo.Application.Data;
using Ordo.Application.Identity;

namespace Ordo.Web.Identity;

/// <summary>
/// The same check as <see cref="ActiveAccountCheck"/> for a live Blazor circuit, which sends no new
/// requests: a disabled account or changed roles end an open session within a minute.
/// </summary>
internal sealed class CircuitAccountCheck(ILoggerFactory loggers, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
        return await ActiveAccountCheck.IsStillValidAsync(db, scope.ServiceProvider.GetRequiredService<AccountStates>(), authenticationState.User, identity.Value, cancellationToken);
    }
}
