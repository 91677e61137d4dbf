using Ordo.Application.Orders;

namespace Ordo.Api.Tests.Orders;

/// <summary>Parcel codes are reserved in blocks: scans at once never share a number, and the database is asked once a block.</summary>
public sealed class CodeBlockTests
{
    /// <summary>The database's upsert: adds the block to the series and answers its last number, atomically.</summary>
    private sealed class Series
    {
        private long _last;
        private int _reservations;

        public int Reservations => Volatile.Read(ref _reservations);

        public Task<long> ReserveAsync(int count)
        {
            Interlocked.Increment(ref _reservations);
            return Task.FromResult(Interlocked.Add(ref _last, count));
        }
    }

    [Fact]
    public async Task Scans_at_once_get_every_number_once_and_the_database_is_asked_once_a_block()
    {
        var database = new Series();
        var blocks = new CodeBlocks();
        var numbers = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => blocks.NextAsync("PK-2026", database.ReserveAsync, CancellationToken.None))));
        Assert.Equal(Enumerable.Range(1, 100).Select(n => (long)n), numbers.Order());
        Assert.Equal(100 / CodeBlocks.Size, database.Reservations);
    }

    [Fact]
    public async Task Two_instances_on_one_database_never_hand_out_the_same_number_and_series_do_not_mix()
    {
        var database = new Series();
        var other = new Series();
        var first = new CodeBlocks();
        var second = new CodeBlocks();
        var taken = new List<long>();
        for (var i = 0; i < 30; i++)
        {
            taken.Add(await first.NextAsync("PK-2026", database.ReserveAsync, CancellationToken.None));
            taken.Add(await second.NextAsync("PK-2026", database.ReserveAsync, CancellationToken.None));
        }

        Assert.Equal(taken.Count, taken.Distinct().Count());
        Assert.Equal(1, await first.NextAsync("PK-2027", other.ReserveAsync, CancellationToken.None));
    }
}
