using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Ordo.Application.Identity;
using Ordo.Web.Identity;

namespace Ordo.Web.Common;

/// <summary>
/// The language switch: remembers the chosen culture in a cookie, and for a signed-in user as their
/// language (which a new device starts in), then goes back to the page. A form post with an antiforgery
/// token, so no link or image elsewhere can change a user's language.
/// </summary>
internal static class CultureEndpoints
{
    public static readonly string[] Supported = ["vi", "en"];

    public static void MapCultureEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/culture/set", SetAsync).ExcludeFromDescription();

    internal static async Task<IResult> SetAsync(HttpContext context, UserManager<AppUser> users, [FromForm] string culture, [FromForm] string? redirectUri)
    {
        if (!Supported.Contains(culture, StringComparer.OrdinalIgnoreCase))
        {
            return Results.Problem(statusCode: 400, title: "Unknown language", detail: "culture must be vi or en");
        }

        if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user
            && !string.Equals(user.Language, culture, StringComparison.OrdinalIgnoreCase))
        {
            user.Language = culture.ToLowerInvariant();
            await users.UpdateAsync(user);
        }

        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture.ToLowerInvariant())),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = false, SameSite = SameSiteMode.Lax });
        return Results.LocalRedirect(AccountEndpoints.SafeReturnUrl(redirectUri));
    }
}
