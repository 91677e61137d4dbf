using Microsoft.Extensions.DependencyInjection;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Buying;
using Ordo.Application.Common;
using Ordo.Domain.Buying;

namespace Ordo.Api.Tests.Buying;

/// <summary>The late orders as a client calls them, and the job's body as the scheduler runs it.</summary>
public static class LateOrdersApi
{
    public static Task<HttpResponseMessage> TryLateOrdersAsync(this ApiUser user, string? query = null) =>
        user.GetAsync("/api/orders/late" + (query is null ? "?pageSize=200" : $"?pageSize=200&{query}"));

    public static Task<PagedResult<LateOrders.Row>> LateOrdersAsync(this ApiUser user, string? query = null) =>
        user.GetAsync<PagedResult<LateOrders.Row>>("/api/orders/late" + (query is null ? "?pageSize=200" : $"?pageSize=200&{query}"));

    public static Task<HttpResponseMessage> TryGiveLateReasonAsync(this ApiUser user, Guid orderId, LateReason? code, string? text = null, string? ifMatch = null) =>
        user.PostAsync($"/api/orders/{orderId}/late-reason", new LateOrders.Command(code, text), ifMatch: ifMatch);

    /// <summary>One run of the job's body in a scope of its own, on the app's clock.</summary>
    public static async Task<int> MarkLateOrdersAsync(this OrdoApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MarkLateOrders>().RunAsync(CancellationToken.None);
    }
}
