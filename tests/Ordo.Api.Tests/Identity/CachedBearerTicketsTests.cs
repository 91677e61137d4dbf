using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Ordo.Api.Tests.Hosting;
using Ordo.Web.Identity;

namespace Ordo.Api.Tests.Identity;

/// <summary>
/// An app sends the same bearer token with every request; the server decrypts it once and remembers the ticket, but
/// never past the token's own expiry, and never remembers a token that does not decrypt.
/// </summary>
public sealed class CachedBearerTicketsTests
{
    private readonly TestClock _clock = new();
    private readonly CountingFormat _inner = new();

    [Fact]
    public void A_token_sent_again_is_not_decrypted_again()
    {
        using var tickets = new CachedBearerTickets(_inner, _clock);
        var token = _inner.Issue(expires: _clock.GetUtcNow().AddHours(8));

        var first = tickets.Unprotect(token);
        var second = tickets.Unprotect(token);

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.Equal(1, _inner.Reads);
    }

    [Fact]
    public void A_remembered_ticket_is_decrypted_again_after_a_few_minutes_and_never_outlives_its_expiry()
    {
        using var tickets = new CachedBearerTickets(_inner, _clock);
        var longLived = _inner.Issue(expires: _clock.GetUtcNow().AddHours(8));
        var expiringSoon = _inner.Issue(expires: _clock.GetUtcNow().AddSeconds(30));
        tickets.Unprotect(longLived);
        tickets.Unprotect(expiringSoon);

        _clock.Advance(TimeSpan.FromMinutes(1));
        tickets.Unprotect(expiringSoon);
        Assert.Equal(3, _inner.Reads);
        tickets.Unprotect(longLived);
        Assert.Equal(3, _inner.Reads);

        _clock.Advance(CachedBearerTickets.Keep);
        tickets.Unprotect(longLived);
        Assert.Equal(4, _inner.Reads);
    }

    [Fact]
    public void A_token_that_does_not_decrypt_is_read_every_time()
    {
        using var tickets = new CachedBearerTickets(_inner, _clock);

        Assert.Null(tickets.Unprotect("forged"));
        Assert.Null(tickets.Unprotect("forged"));

        Assert.Equal(2, _inner.Reads);
    }

    [Fact]
    public void Issuing_a_token_and_reading_one_for_another_purpose_go_to_the_real_format()
    {
        using var tickets = new CachedBearerTickets(_inner, _clock);
        var ticket = CountingFormat.Ticket(_clock.GetUtcNow().AddHours(1));

        var token = tickets.Protect(ticket);
        tickets.Unprotect(token, "other purpose");
        tickets.Unprotect(token, "other purpose");

        Assert.Equal(2, _inner.Reads);
        Assert.Same(ticket, tickets.Unprotect(token));
    }

    private sealed class CountingFormat : ISecureDataFormat<AuthenticationTicket>
    {
        private readonly Dictionary<string, AuthenticationTicket> _issued = [];

        public int Reads { get; private set; }

        public static AuthenticationTicket Ticket(DateTimeOffset expires) => new(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString())], "test")),
            new AuthenticationProperties { ExpiresUtc = expires }, IdentityConstants.BearerScheme);

        public string Issue(DateTimeOffset expires) => Protect(Ticket(expires));

        public string Protect(AuthenticationTicket data) => Protect(data, null);

        public string Protect(AuthenticationTicket data, string? purpose)
        {
            var token = Guid.NewGuid().ToString("N");
            _issued[token] = data;
            return token;
        }

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Reads++;
            return protectedText is not null && _issued.TryGetValue(protectedText, out var ticket) ? ticket : null;
        }
    }
}
