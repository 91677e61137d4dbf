using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Ordo.Application.Identity;
using Ordo.Domain.Identity;

namespace Ordo.Web.Components.Shared;

/// <summary>
/// Base of the interactive pages: who is signed in, the strings, and a way to call one use case.
/// Each call gets its own DI scope, so each gets a fresh DbContext: a circuit lives for as long as the
/// tab is open, and one long-lived context would serve stale tracked orders and fail on overlapping calls.
/// </summary>
public abstract class OrdoComponentBase : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<SharedResource> L { get; set; } = default!;

    protected async Task<Actor> GetActorAsync()
    {
        var state = AuthenticationState is null ? null : await AuthenticationState;
        return (state is null ? null : ActorFactory.FromPrincipal(state.User))
               ?? throw new InvalidOperationException("This page needs a signed-in user.");
    }

    protected async Task<TResult> RunAsync<TUseCase, TResult>(Func<TUseCase, Actor, Task<TResult>> call)
        where TUseCase : notnull
    {
        ArgumentNullException.ThrowIfNull(call);
        var actor = await GetActorAsync();
        await using var scope = Scopes.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TUseCase>(), actor);
    }

    protected async Task RunAsync<TUseCase>(Func<TUseCase, Actor, Task> call)
        where TUseCase : notnull
    {
        ArgumentNullException.ThrowIfNull(call);
        var actor = await GetActorAsync();
        await using var scope = Scopes.CreateAsyncScope();
        await call(scope.ServiceProvider.GetRequiredService<TUseCase>(), actor);
    }
}
