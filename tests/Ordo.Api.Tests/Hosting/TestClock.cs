namespace Ordo.Api.Tests.Hosting;

/// <summary>
/// The system clock moved forward by however far a test has advanced it. Time keeps flowing, so
/// timestamps stay distinct and ordered, and timers stay real; a test can still jump past a deadline
/// (a cart line's lifetime) without waiting for it.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }
}
