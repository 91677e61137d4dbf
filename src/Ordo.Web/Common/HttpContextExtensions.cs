using System.Globalization;
using Microsoft.Net.Http.Headers;
using Ordo.Application.Identity;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Web.Common;

internal static class HttpContextExtensions
{
    /// <summary>The signed-in actor; endpoints behind RequireAuthorization always have one.</summary>
    public static Actor Actor(this HttpContext context) =>
        ActorFactory.FromPrincipal(context.User) ?? throw new InvalidOperationException("No signed-in user on an authorized endpoint.");

    /// <summary>The version in an <c>If-Match</c> header (<c>"3"</c> or <c>W/"3"</c>), or null when absent.</summary>
    public static int? IfMatchVersion(this HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return null;
        }

        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        value = value.Trim('"');
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new DomainValidationException("If-Match", "must be the ETag of the resource, e.g. \"3\"");
    }

    public static string ETagOf(int version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    public static void SetETag(this HttpResponse response, int version) => response.Headers[HeaderNames.ETag] = ETagOf(version);
}
