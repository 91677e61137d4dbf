using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Ordo.Api.Tests.Hosting;

namespace Ordo.Api.Tests.Support;

/// <summary>
/// What a browser does with the web pages: keeps cookies, does not follow redirects (tests read them), and posts
/// forms with the antiforgery token the page it came from carried.
/// </summary>
public sealed partial class BrowserSession(OrdoApp app, string baseAddress = "http://localhost") : IDisposable
{
    private readonly HttpClient _http = app.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri(baseAddress),
    });

    public Task<HttpResponseMessage> GetAsync(string url) => _http.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>Opens <paramref name="page"/>, then posts <paramref name="fields"/> and its antiforgery token to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await GetAsync(page);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, $"{page} has no antiforgery token");
        return await PostAsync(action, fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups["value"].Value))));
    }

    public async Task<HttpResponseMessage> PostAsync(string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await _http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="(?<value>[^"]+)"|type="hidden" name="__RequestVerificationToken" value="(?<value>[^"]+)""")]
    private static partial Regex AntiforgeryField();
}
