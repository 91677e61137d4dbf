using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Ordo.Application.Identity;

namespace Ordo.Web.Identity;

/// <summary>
/// What every sign-in passes before its password is checked: a limit of attempts per account, whoever makes
/// them, and a password check even for an account that cannot sign in, so that an unknown, a disabled and a
/// wrong-password account take the same path and the same time, and answer alike.
/// </summary>
internal sealed class SignInGuard(IOptions<RateLimitOptions> limits) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAccount = PartitionedRateLimiter.Create<string, string>(
        account => RateLimitPartition.GetFixedWindowLimiter(account, _ => limits.Value.SignInPerAccount.ToLimiter()));

    private string? _decoyHash;

    /// <summary>Takes one attempt for the account; when none is left, how long until the next (null: go ahead).</summary>
    public TimeSpan? TakeAttempt(string email)
    {
        using var lease = _perAccount.AttemptAcquire(email.Trim().ToUpperInvariant());
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : limits.Value.SignInPerAccount.Window;
    }

    /// <summary>Hashes the password as a real check would (same hasher, same rounds), and throws the result away.</summary>
    public void CheckDecoy(IPasswordHasher<AppUser> hasher, string password)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        var decoy = _decoyHash ??= hasher.HashPassword(new AppUser(), Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(new AppUser(), decoy, password);
    }

    public void Dispose() => _perAccount.Dispose();
}
