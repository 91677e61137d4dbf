namespace Ordo.Web.Identity;

/// <summary>
/// How many sign-in and registration attempts are answered per window (<c>Ordo:RateLimits</c>), per client
/// address and, for sign-in, per account; the next one hears 429 with <c>Retry-After</c>.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string Section = "Ordo:RateLimits";

    /// <summary>Token requests and sign-in form posts from one client address.</summary>
    public RateLimitWindow SignIn { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Sign-in attempts at one e-mail address, from anywhere.</summary>
    public RateLimitWindow SignInPerAccount { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Registrations from one client address: each one uses up a customer code.</summary>
    public RateLimitWindow Registration { get; set; } = new() { PermitLimit = 5, Window = TimeSpan.FromHours(1) };
}
