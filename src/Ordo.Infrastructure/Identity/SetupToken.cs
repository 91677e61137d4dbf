using System.Security.Cryptography;
using System.Text;

namespace Ordo.Infrastructure.Identity;

/// <summary>
/// The one-time secret the setup page asks for: made fresh at every start and written only to the server log, so
/// creating the first administrator needs someone who can read that log, not merely someone who can reach the host.
/// </summary>
public sealed class SetupToken
{
    private readonly byte[] _value = Encoding.ASCII.GetBytes(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant());

    /// <summary>What the server log shows the operator.</summary>
    public string Value => Encoding.ASCII.GetString(_value);

    public bool Matches(string? candidate) =>
        !string.IsNullOrWhiteSpace(candidate)
        && CryptographicOperations.FixedTimeEquals(_value, Encoding.ASCII.GetBytes(candidate.Trim().ToLowerInvariant()));
}
