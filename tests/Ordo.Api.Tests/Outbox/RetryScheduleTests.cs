using Ordo.Application.Common.Outbox;

namespace Ordo.Api.Tests.Outbox;

public sealed class RetryScheduleTests
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Max = TimeSpan.FromHours(1);

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(4, 80)]
    [InlineData(9, 2560)]
    public void Each_failure_doubles_the_wait(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetrySchedule.DelayAfter(failures, First, Max));

    [Theory]
    [InlineData(10)]
    [InlineData(40)]
    [InlineData(int.MaxValue)]
    public void The_wait_never_exceeds_the_maximum(int failures) =>
        Assert.Equal(Max, RetrySchedule.DelayAfter(failures, First, Max));

    [Fact]
    public void There_is_no_wait_before_a_first_failure() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RetrySchedule.DelayAfter(0, First, Max));
}
