using Microsoft.AspNetCore.Localization;
using Ordo.Web.Identity;

namespace Ordo.Web.Common;

/// <summary>
/// A signed-in user's saved language, for a browser that has not chosen one yet (a new device):
/// an explicit choice (query string, culture cookie) still wins.
/// </summary>
internal sealed class UserLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var language = httpContext.User.FindFirst(OrdoClaimsPrincipalFactory.LanguageClaim)?.Value;
        return Task.FromResult(string.IsNullOrEmpty(language) ? null : new ProviderCultureResult(language));
    }
}
