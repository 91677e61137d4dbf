using Ordo.Application.Money;

namespace Ordo.Browser.Tests.Infrastructure;

/// <summary>A customer registered for one test only, signed in to the API as well.</summary>
public sealed record TestCustomer(string FullName, string Email, string Password, string CustomerCode, ApiUser Api)
{
    /// <summary>The order's charges as the API reports them: what the screen should agree with.</summary>
    public Task<ChargesDto> ChargesAsync(Guid orderId) => Api.GetAsync<ChargesDto>($"/api/orders/{orderId}/charges");
}
