namespace Ordo.Application.Common.Outbox;

/// <summary>Exponential back-off: the first retry after <c>first</c>, each later one twice as long, never more than <c>max</c>.</summary>
public static class RetrySchedule
{
    public static TimeSpan DelayAfter(int failures, TimeSpan first, TimeSpan max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        var doublings = Math.Min(failures - 1, 30);
        var ticks = first.Ticks * Math.Pow(2, doublings);
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }
}
