namespace Ordo.Infrastructure.Demo;

/// <summary>
/// Demo mode met a database with real accounts: seeding would add an administrator whose password the README
/// publishes, so the host refuses to start instead.
/// </summary>
public sealed class DemoDatabaseRefusedException() : Exception(
    "Demo mode (--demo) refuses this database: it holds accounts but not the demo accounts, and demo mode would add an " +
    "administrator with the password published in the README. Start without --demo, or point ConnectionStrings:Ordo " +
    "at an empty database for the demo.");
