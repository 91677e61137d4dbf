using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Ordo.Domain.Identity;

namespace Ordo.Browser.Tests.Accessibility;

/// <summary>The web app's routable pages and who may open each, read from the pages' own attributes.</summary>
public static class PageAccess
{
    /// <summary>Not a role: somebody who has not signed in.</summary>
    public const string Anonymous = "Anonymous";

    /// <summary>Every <c>@page</c> route template of Ordo.Web, with the component that answers it.</summary>
    public static IReadOnlyDictionary<string, Type> Routes { get; } = typeof(Program).Assembly.GetTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t))
        .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (r.Template, Type: t)))
        .ToDictionary(r => r.Template, r => r.Type, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Who opens the page at <paramref name="route"/>: anonymous visitors for <c>[AllowAnonymous]</c>, the listed roles
    /// for <c>[Authorize(Roles = …)]</c> (every attribute must be met), every role for a bare <c>[Authorize]</c>.
    /// </summary>
    public static IReadOnlyList<string> WhoOpens(string route)
    {
        var page = Routes[route];
        if (page.GetCustomAttribute<AllowAnonymousAttribute>() is not null)
        {
            return [Anonymous];
        }

        var required = page.GetCustomAttributes<AuthorizeAttribute>().ToList();
        if (required.Count == 0)
        {
            return [Anonymous, .. Roles.All];
        }

        IEnumerable<string> roles = Roles.All;
        foreach (var attribute in required.Where(a => !string.IsNullOrWhiteSpace(a.Roles)))
        {
            var listed = attribute.Roles!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            roles = roles.Intersect(listed, StringComparer.Ordinal);
        }

        return [.. roles];
    }
}
