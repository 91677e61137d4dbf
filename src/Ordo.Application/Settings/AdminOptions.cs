namespace Ordo.Application.Settings;

/// <summary>The first administrator, created on start when no admin exists yet (no default password is shipped).</summary>
public sealed class AdminOptions
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? Name { get; set; }
}
