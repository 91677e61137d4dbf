using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ordo.Browser.Tests.Infrastructure;

/// <summary>
/// Someone using the running server's public API with a bearer token of their own: what a test arranges
/// through the API instead of clicking (the behaviour under test still goes through the browser).
/// </summary>
public sealed class ApiUser : IDisposable
{
    /// <summary>JSON as the API speaks it: camelCase, enums as strings, null fields left out of requests.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HttpClient _http;
    private readonly string _password;

    private ApiUser(HttpClient http, string email, string password)
    {
        _http = http;
        _password = password;
        Email = email;
    }

    public string Email { get; }

    public static async Task<ApiUser> SignInAsync(Uri server, string email, string password)
    {
        var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            var user = new ApiUser(http, email, password);
            await user.RenewTokenAsync();
            return user;
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    public Task<T> GetAsync<T>(string url) => SendAsync<T>(HttpMethod.Get, url);

    public Task<T> PostAsync<T>(string url, object? body = null) => SendAsync<T>(HttpMethod.Post, url, body);

    public Task<T> PutAsync<T>(string url, object body) => SendAsync<T>(HttpMethod.Put, url, body);

    public void Dispose() => _http.Dispose();

    public override string ToString() => Email;

    private async Task<T> SendAsync<T>(HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url)
        {
            Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: Json),
        };
        using var response = await _http.SendAsync(request);
        if (response.StatusCode == System.Net.HttpStatusCode.Unauthorized)
        {
            // Signing out in the browser ends every session of the account, this token's too: like an app whose
            // owner signed out on the web, sign in again once.
            await RenewTokenAsync();
            using var retry = new HttpRequestMessage(method, url)
            {
                Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: Json),
            };
            using var second = await _http.SendAsync(retry);
            return await ReadAsync<T>(second, $"{method} {url} as {Email}");
        }

        return await ReadAsync<T>(response, $"{method} {url} as {Email}");
    }

    private async Task RenewTokenAsync()
    {
        using var response = await _http.PostAsJsonAsync("/api/auth/token", new { email = Email, password = _password }, Json);
        var token = await ReadAsync<TokenResponse>(response, "POST /api/auth/token");
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<T>(Json) ?? throw new InvalidOperationException($"{what} answered no body.");
    }

    private sealed record TokenResponse(string AccessToken);
}
