using System.Net.Http.Headers;
using Ordo.Web.Identity;

namespace Ordo.Api.Tests.Hosting;

/// <summary>Puts the user's bearer token on every request, fetching a new one when the (test) clock has passed its expiry.</summary>
internal sealed class SignInHandler(OrdoApp app, string email, string password) : DelegatingHandler
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AuthEndpoints.TokenResponse? _token;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization ??= new AuthenticationHeaderValue("Bearer", await TokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is null || app.Clock.GetUtcNow() >= _token.ExpiresAt.AddMinutes(-1))
            {
                _token = await app.IssueTokenAsync(email, password);
            }

            return _token.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }
}
