using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Api.Tests.Hosting;
using Ordo.Application.Common.Outbox;
using Ordo.Domain.Orders.Events;

namespace Ordo.Api.Tests.Outbox;

/// <summary>More hosts on the app's database, with test handlers: each is one more instance of Ordo.</summary>
public static class OutboxHosts
{
    public static WebApplicationFactory<Program> InstanceWith(this OrdoApp app, HandlerLog log, bool failing = false, params (string Key, string Value)[] settings)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(log);
                services.AddDomainEventHandler<OrderApproved, RecordingHandler>();
                if (failing)
                {
                    services.AddDomainEventHandler<OrderApproved, FailingHandler>();
                }
            });
        });
    }

    public static Task<int> DispatchAsync(this WebApplicationFactory<Program> host) =>
        host.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
}
