using System.Net.Http.Json;
using System.Text;

namespace Ordo.Api.Tests.Support;

/// <summary>Someone using the API with a bearer token of their own: a test's customer or a demo staff account.</summary>
public sealed class ApiUser(HttpClient http, string email)
{
    public HttpClient Http { get; } = http;

    public string Email { get; } = email;

    public Guid Id { get; internal set; }

    public Task<HttpResponseMessage> GetAsync(string url) => SendAsync(HttpMethod.Get, url);

    public async Task<T> GetAsync<T>(string url) => await (await GetAsync(url)).ReadAsync<T>();

    public Task<HttpResponseMessage> PostAsync(string url, object? body = null, string? idempotencyKey = null, string? ifMatch = null) =>
        SendAsync(HttpMethod.Post, url, body, idempotencyKey, ifMatch);

    public Task<HttpResponseMessage> PutAsync(string url, object body, string? ifMatch = null) =>
        SendAsync(HttpMethod.Put, url, body, ifMatch: ifMatch);

    public Task<HttpResponseMessage> DeleteAsync(string url) => SendAsync(HttpMethod.Delete, url);

    /// <summary>
    /// Sends <paramref name="body"/> as JSON; a <see cref="string"/> body is sent as it is, so a test can send
    /// JSON the API must refuse.
    /// </summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body = null, string? idempotencyKey = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url)
        {
            Content = body switch
            {
                null => null,
                string raw => new StringContent(raw, Encoding.UTF8, "application/json"),
                _ => JsonContent.Create(body, body.GetType(), options: ApiJson.Options),
            },
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return Http.SendAsync(request);
    }

    public async Task<Snapshot> SnapshotAsync(string url)
    {
        var response = await GetAsync(url);
        await response.ShouldHaveStatusAsync(System.Net.HttpStatusCode.OK);
        return new Snapshot(url, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Reads the resource again and asserts it is exactly as it was.</summary>
    public async Task ShouldStillSeeAsync(Snapshot before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var now = await SnapshotAsync(before.Url);
        Assert.Equal(before.Json, now.Json);
    }

    public override string ToString() => Email;
}
