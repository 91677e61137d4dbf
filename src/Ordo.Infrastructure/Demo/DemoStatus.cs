namespace Ordo.Infrastructure.Demo;

/// <summary>
/// Whether this database holds the demo accounts, whose password the README publishes: learnt at start, with or
/// without --demo, so every page can warn that it shows demo data.
/// </summary>
public sealed class DemoStatus
{
    public bool AccountsExist { get; internal set; }
}
