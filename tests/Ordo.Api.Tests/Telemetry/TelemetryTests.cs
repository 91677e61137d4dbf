using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Outbox;
using Ordo.Api.Tests.Support;
using Ordo.Application.Common;
using Ordo.Application.Common.Outbox;
using Ordo.Domain.Orders.Events;

namespace Ordo.Api.Tests.Telemetry;

/// <summary>Traces and metrics go over OTLP only when an endpoint is configured; the dispatcher traces each delivery.</summary>
public abstract class TelemetryTests(OrdoApp app) : ApiTest(app)
{
    // Nothing listens there: the exporter's attempts fail quietly, on loopback only.
    private const string Endpoint = "http://127.0.0.1:4317";

    [Fact]
    public void Without_an_endpoint_no_tracer_or_meter_provider_is_registered()
    {
        Assert.Null(App.Services.GetService<TracerProvider>());
        Assert.Null(App.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task With_an_endpoint_the_providers_are_registered_and_each_delivery_is_traced()
    {
        var log = new HandlerLog();
        await using var host = App.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Ordo:Telemetry:OtlpEndpoint", Endpoint);
            builder.ConfigureTestServices(services => services.AddSingleton(log).AddDomainEventHandler<OrderApproved, RecordingHandler>());
        });
        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.NotNull(host.Services.GetService<MeterProvider>());
        var deliveries = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == OrdoTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = deliveries.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var order = await (await NewCustomerAsync()).PlacePurchaseOrderAsync();
        await (await CsManagerAsync()).ApproveAsync(order.Id);

        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        var eventId = Assert.Single(log.Recorded, r => r.OrderId == order.Id).EventId;
        var delivery = Assert.Single(deliveries, a => Equals(a.GetTagItem("ordo.outbox.message_id"), eventId));
        Assert.Equal(("outbox deliver OrderApproved", ActivityKind.Consumer), (delivery.DisplayName, delivery.Kind));
    }

    public sealed class OnSqlite(SqliteApp app) : TelemetryTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : TelemetryTests(app), IClassFixture<PostgresApp>;
}
