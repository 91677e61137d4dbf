using System.Net;
using System.Net.Http.Json;

namespace Ordo.Api.Tests.Support;

public static class HttpResponseAssertions
{
    public static async Task ShouldHaveStatusAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            var request = response.RequestMessage;
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"{request?.Method} {request?.RequestUri?.PathAndQuery}: expected {(int)expected} {expected}, got {(int)response.StatusCode} {response.StatusCode}. Body: {body}");
        }
    }

    /// <summary>Asserts the status and reads the body.</summary>
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        await response.ShouldHaveStatusAsync(expected);
        return await response.Content.ReadFromJsonAsync<T>(ApiJson.Options)
               ?? throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: empty body");
    }

    /// <summary>Asserts a problem detail (<c>application/problem+json</c>) with this status and, if given, this code.</summary>
    public static async Task<Problem> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        var problem = await response.ReadAsync<Problem>(status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, problem.Status);
        if (code is not null)
        {
            Assert.Equal(code, problem.Code);
        }

        return problem;
    }

    /// <summary>A 400 problem whose errors name <paramref name="field"/>.</summary>
    public static async Task<Problem> ShouldBeInvalidAsync(this HttpResponseMessage response, string field, string? code = null)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);
        problem.ShouldNameField(field);
        return problem;
    }
}
