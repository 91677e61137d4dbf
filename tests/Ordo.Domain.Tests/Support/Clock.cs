namespace Ordo.Domain.Tests.Support;

/// <summary>A fixed "now" (Hanoi time) so every timestamp a test asserts is known in advance.</summary>
public static class Clock
{
    public static DateTimeOffset Now { get; } = new(2026, 3, 14, 9, 30, 0, TimeSpan.FromHours(7));
}
