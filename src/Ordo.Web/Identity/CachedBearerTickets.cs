using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Ordo.Web.Identity;

/// <summary>
/// Remembers the tickets of recently seen bearer tokens. Reading a token decrypts it (a key derivation, AES and an
/// HMAC), which under load was a twentieth of what an order-list request cost the server, and an app sends the same
/// token with every request. A token read from memory is checked exactly as a decrypted one: its expiry by the
/// bearer handler, its account (disabled, roles or password changed) by <see cref="ActiveAccountCheck"/> on every
/// request. A token that does not decrypt is never remembered. The ticket is shared read-only between requests;
/// the account check clones the principal when it adds a claim.
/// </summary>
internal sealed class CachedBearerTickets(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider clock)
    : ISecureDataFormat<AuthenticationTicket>, IDisposable
{
    internal const int Capacity = 10_000;
    internal static readonly TimeSpan Keep = TimeSpan.FromMinutes(5);

    private readonly MemoryCache _tickets = new(new MemoryCacheOptions { SizeLimit = Capacity, Clock = new SystemClockAdapter(clock) });

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, purpose: null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (string.IsNullOrEmpty(protectedText) || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }

        if (_tickets.TryGetValue(protectedText, out AuthenticationTicket? known))
        {
            return known;
        }

        var ticket = inner.Unprotect(protectedText);
        if (ticket?.Properties.ExpiresUtc is { } expires)
        {
            var until = clock.GetUtcNow() + Keep;
            _tickets.Set(protectedText, ticket, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = expires < until ? expires : until });
        }

        return ticket;
    }

    public void Dispose() => _tickets.Dispose();

    /// <summary>Wraps the bearer scheme's token format once its own options have set it.</summary>
    internal sealed class Setup(TimeProvider clock) : IPostConfigureOptions<BearerTokenOptions>
    {
        public void PostConfigure(string? name, BearerTokenOptions options)
        {
            if (name == IdentityConstants.BearerScheme && options.BearerTokenProtector is not CachedBearerTickets)
            {
                options.BearerTokenProtector = new CachedBearerTickets(options.BearerTokenProtector, clock);
            }
        }
    }

#pragma warning disable CS0618 // MemoryCacheOptions.Clock still takes the older clock interface.
    private sealed class SystemClockAdapter(TimeProvider clock) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => clock.GetUtcNow();
    }
#pragma warning restore CS0618
}
