using Microsoft.AspNetCore.Mvc;

namespace Ordo.Web.Identity;

/// <summary>
/// After an administrator resets a password, the account may do nothing but choose a new one: the API
/// answers 403 <c>account.password_change_required</c> to every other call, and the web UI sends the
/// person to the change-password page.
/// </summary>
internal sealed class PasswordChangeGate(RequestDelegate next)
{
    public const string Code = "account.password_change_required";

    public const string PagePath = "/account/password";

    /// <summary>What stays open besides who-am-I and the change itself: signing in and out, the language switch, the page's assets.</summary>
    private static readonly string[] OpenPrefixes = ["/api/auth", "/api/me/password", "/account", "/culture", "/_framework", "/_content", "/_blazor", "/health"];

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var path = context.Request.Path;
        if (!context.User.HasClaim(c => c.Type == ActiveAccountCheck.MustChangePasswordClaim)
            || path.Equals("/api/me", StringComparison.OrdinalIgnoreCase)
            || OpenPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            || Path.HasExtension(path.Value))
        {
            await next(context);
            return;
        }

        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            var problem = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Password change required",
                Detail = "An administrator reset this account's password: choose a new one with POST /api/me/password before anything else.",
            };
            problem.Extensions["code"] = Code;
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
            return;
        }

        var back = context.Request.Path + context.Request.QueryString;
        context.Response.Redirect($"{PagePath}?returnUrl={Uri.EscapeDataString(back)}");
    }
}
