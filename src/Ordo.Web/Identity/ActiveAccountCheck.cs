using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Ordo.Application.Data;
using Ordo.Application.Identity;

namespace Ordo.Web.Identity;

/// <summary>
/// A sign-in (cookie or bearer token) is honoured only while the account is enabled and its security
/// stamp unchanged: disabling an account, changing its roles, resetting or changing its password and
/// signing out take effect on the next request to this instance, and within <c>Ordo:Accounts:StateCacheSeconds</c>
/// on another (<see cref="AccountStates"/>). An account whose password an administrator reset
/// carries <see cref="MustChangePasswordClaim"/>, which <see cref="PasswordChangeGate"/> acts on.
/// </summary>
internal sealed class ActiveAccountCheck(OrdoDbContext db, AccountStates accounts, IOptions<IdentityOptions> identity) : IClaimsTransformation
{
    public const string MustChangePasswordClaim = "ordo:must_change_password";

    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        var state = await StateAsync(db, accounts, principal, identity.Value, CancellationToken.None);
        if (state is null)
        {
            return principal;
        }

        if (!state.IsValid)
        {
            return Anonymous;
        }

        if (!state.MustChangePassword || principal.HasClaim(c => c.Type == MustChangePasswordClaim))
        {
            return principal;
        }

        var flagged = principal.Clone();
        flagged.AddIdentity(new ClaimsIdentity([new Claim(MustChangePasswordClaim, "true")]));
        return flagged;
    }

    /// <summary>False once the signed-in account is gone, disabled, or its security stamp changed.</summary>
    internal static async Task<bool> IsStillValidAsync(OrdoDbContext db, AccountStates accounts, ClaimsPrincipal principal, IdentityOptions identity, CancellationToken ct) =>
        await StateAsync(db, accounts, principal, identity, ct) is not { IsValid: false };

    /// <summary>Null for nobody signed in; otherwise whether the sign-in still holds and whether a new password is due.</summary>
    private static async Task<SignInState?> StateAsync(OrdoDbContext db, AccountStates accounts, ClaimsPrincipal principal, IdentityOptions identity, CancellationToken ct)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(identity.ClaimsIdentity.UserIdClaimType), out var userId))
        {
            return null;
        }

        var account = await accounts.GetAsync(db, userId, ct);
        var stamp = principal.FindFirstValue(identity.ClaimsIdentity.SecurityStampClaimType);
        var valid = account is not null && !account.IsDisabled && (stamp is null || stamp == account.SecurityStamp);
        return new SignInState(valid, valid && account!.MustChangePassword);
    }

    private sealed record SignInState(bool IsValid, bool MustChangePassword);
}
