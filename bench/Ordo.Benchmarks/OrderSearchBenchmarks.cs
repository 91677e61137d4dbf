using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Application.Settings;
using Ordo.Domain.Orders;

namespace Ordo.Benchmarks;

/// <summary>
/// The staff order queue on a table of 100,000 orders: each benchmark is one page of 20 rows with its
/// total, as the queue screen asks for it.
/// </summary>
[MemoryDiagnoser]
public class OrderSearchBenchmarks
{
    private OrdoDbContext _db = null!;
    private SearchOrders _search = null!;
    private GetOrder _get = null!;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.Postgres)]
    public DatabaseProvider Provider { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        BenchDatabase.EnsureAsync(Provider).GetAwaiter().GetResult();
        _db = new OrdoDbContext(BenchDatabase.Options(Provider));
        _search = new SearchOrders(_db, Options.Create(new OrdoOptions()));
        _get = new GetOrder(_db);
    }

    [GlobalCleanup]
    public void Cleanup() => _db.Dispose();

    [Benchmark(Baseline = true, Description = "newest first, page 1")]
    public Task<PagedResult<OrderSummaryDto>> NewestFirst() => Search(new SearchOrders.Query());

    [Benchmark(Description = "status = Submitted, page 50")]
    public Task<PagedResult<OrderSummaryDto>> ByStatusDeepPage() =>
        Search(new SearchOrders.Query(Status: [OrderStatus.Submitted], Page: 50));

    [Benchmark(Description = "one customer's orders")]
    public Task<PagedResult<OrderSummaryDto>> ByCustomer() =>
        Search(new SearchOrders.Query(CustomerId: BenchDatabase.CustomerId(7)));

    [Benchmark(Description = "text search 'áo khoác 12'")]
    public Task<PagedResult<OrderSummaryDto>> TextSearch() => Search(new SearchOrders.Query(Q: "áo khoác 12"));

    [Benchmark(Description = "text search, one customer's name")]
    public Task<PagedResult<OrderSummaryDto>> NameSearch() => Search(new SearchOrders.Query(Q: "khách hàng 1234"));

    [Benchmark(Description = "tracking number lookup")]
    public Task<PagedResult<OrderSummaryDto>> ByTrackingNumber() =>
        Search(new SearchOrders.Query(TrackingNumber: "YT9000050000"));

    [Benchmark(Description = "date range, sorted by code")]
    public Task<PagedResult<OrderSummaryDto>> DateRangeByCode() => Search(new SearchOrders.Query(
        From: new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), To: new DateTimeOffset(2025, 3, 31, 0, 0, 0, TimeSpan.Zero), Sort: "code"));

    [Benchmark(Description = "open one order by code")]
    public Task<OrderDetailsDto> OpenByCode() => _get.HandleAsync(BenchDatabase.Staff, "PO-2025-050002", CancellationToken.None);

    private Task<PagedResult<OrderSummaryDto>> Search(SearchOrders.Query query) =>
        _search.HandleAsync(BenchDatabase.Staff, query, CancellationToken.None);
}
