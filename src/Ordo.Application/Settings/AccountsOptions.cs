using System.ComponentModel.DataAnnotations;

namespace Ordo.Application.Settings;

public sealed class AccountsOptions
{
    /// <summary>
    /// Seconds an instance remembers an account's state (enabled, security stamp, new password due) between
    /// requests. A change made on this instance takes effect at once; one made on another instance within this
    /// many seconds. 0 reads the account on every request.
    /// </summary>
    [Range(0, 300)]
    public int StateCacheSeconds { get; set; } = 5;
}
