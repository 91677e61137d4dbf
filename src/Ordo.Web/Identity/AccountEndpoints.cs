using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Ordo.Application.Identity;
using Ordo.Web.Common;

namespace Ordo.Web.Identity;

/// <summary>Cookie sign-in and sign-out for the web UI (HTML form posts; the cookie cannot be set over a live circuit).</summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder routes)
    {
        var account = routes.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/signin", SignIn).RequireRateLimiting(RateLimiting.SignInPolicy);
        account.MapPost("/signout", SignOut).RequireAuthorization();
    }

    internal static async Task<IResult> SignIn(
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl, [FromForm] bool? rememberMe,
        HttpContext context, SignInManager<AppUser> signIn, SignInGuard guard)
    {
        var back = SafeReturnUrl(returnUrl);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return Results.LocalRedirect($"/account/login?error=required&email={Uri.EscapeDataString(email ?? string.Empty)}&returnUrl={Uri.EscapeDataString(back)}");
        }

        var (user, failure, retryAfter) = await AuthEndpoints.CheckPasswordAsync(signIn, guard, email, password);
        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (user is null)
        {
            return Results.LocalRedirect($"/account/login?error={failure}&email={Uri.EscapeDataString(email)}&returnUrl={Uri.EscapeDataString(back)}");
        }

        await signIn.SignInAsync(user, isPersistent: rememberMe == true);
        return Results.LocalRedirect(back);
    }

    /// <summary>Ends every sign-in of the account (a new security stamp), not only this browser's cookie, which could otherwise be replayed.</summary>
    internal static async Task<IResult> SignOut(HttpContext context, SignInManager<AppUser> signIn, AccountSecurity security, CancellationToken ct)
    {
        await security.SignOutEverywhereAsync(context.Actor(), ct);
        await signIn.SignOutAsync();
        return Results.LocalRedirect("/account/login");
    }

    internal static string SafeReturnUrl(string? returnUrl) =>
        string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//", StringComparison.Ordinal) || returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? "/"
            : returnUrl;
}
