using System.Net;
using System.Net.Http.Headers;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Ordo.Application.Common;
using Ordo.Application.Money;
using Ordo.Domain.Money;

namespace Ordo.Api.Tests.Money;

/// <summary>Wallets, top-ups, deposits and the books as customers and staff use them. <c>Try…</c> methods return the raw response.</summary>
internal static class MoneyApi
{
    public const string Wallet = "/api/wallet";
    public const string Statement = "/api/wallet/statement";

    public static string ChargesUrl(Guid orderId) => $"/api/orders/{orderId}/charges";

    public static Task<WalletQueries.WalletDto> WalletAsync(this ApiUser customer) => customer.GetAsync<WalletQueries.WalletDto>(Wallet);

    public static async Task<decimal> BalanceAsync(this ApiUser customer) => (await customer.WalletAsync()).BalanceVnd;

    public static Task<WalletQueries.Statement> StatementAsync(this ApiUser customer) => customer.GetAsync<WalletQueries.Statement>(Statement);

    public static Task<ChargesDto> ChargesAsync(this ApiUser user, Guid orderId) => user.GetAsync<ChargesDto>(ChargesUrl(orderId));

    public static Task<HttpResponseMessage> TryRequestTopUpAsync(this ApiUser customer, object body, string? idempotencyKey = null) =>
        customer.PostAsync("/api/wallet/top-ups", body, idempotencyKey);

    public static async Task<TopUpDto> RequestTopUpAsync(this ApiUser customer, decimal amountVnd, string reference = "CK vi Ordo") =>
        await (await customer.TryRequestTopUpAsync(new TopUps.RequestCommand(amountVnd, TopUpMethod.BankTransfer, reference))).ReadAsync<TopUpDto>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> TryConfirmTopUpAsync(this ApiUser accountant, Guid topUpId, decimal? amountReceivedVnd, string? idempotencyKey = null) =>
        accountant.PostAsync($"/api/top-ups/{topUpId}/confirm", new TopUps.ConfirmCommand(amountReceivedVnd), idempotencyKey);

    /// <summary>A bank top-up requested by the customer and confirmed by the accountant in full.</summary>
    public static async Task<TopUpDto> TopUpAsync(this ApiUser customer, ApiUser accountant, decimal amountVnd)
    {
        var topUp = await customer.RequestTopUpAsync(amountVnd);
        return await (await accountant.TryConfirmTopUpAsync(topUp.Id, amountVnd)).ReadAsync<TopUpDto>();
    }

    public static Task<HttpResponseMessage> TryPayDepositAsync(this ApiUser user, Guid orderId, string? idempotencyKey = null) =>
        user.PostAsync($"/api/orders/{orderId}/deposit", idempotencyKey: idempotencyKey);

    public static async Task<ChargesDto> PayDepositAsync(this ApiUser user, Guid orderId) =>
        await (await user.TryPayDepositAsync(orderId)).ReadAsync<ChargesDto>();

    /// <summary>A purchase order submitted by <paramref name="customer"/> and approved by the CS manager.</summary>
    public static async Task<Guid> ApprovedOrderAsync(this ApiUser customer, ApiUser manager, decimal unitPriceCny = 49.90m)
    {
        var order = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Uniqlo, unitPriceCny: unitPriceCny));
        await manager.ApproveAsync(order.Id);
        return order.Id;
    }

    public static Task<LedgerReports.TrialBalance> TrialBalanceAsync(this ApiUser accountant) =>
        accountant.GetAsync<LedgerReports.TrialBalance>("/api/ledger/trial-balance");

    /// <summary>Double entry holds: every currency's lines sum to zero.</summary>
    public static async Task BooksShouldBalanceAsync(this ApiUser accountant)
    {
        var trial = await accountant.TrialBalanceAsync();
        Assert.NotEmpty(trial.SumOfLines);
        Assert.All(trial.SumOfLines, sum => Assert.Equal(0m, sum.Value));
    }

    public static Task<HttpResponseMessage> TryImportStatementAsync(this ApiUser accountant, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return accountant.Http.PostAsync(new Uri("/api/top-ups/import", UriKind.Relative), form);
    }

    public static Task<PagedResult<TopUpDto>> TopUpsAsync(this ApiUser user, string query = "") =>
        user.GetAsync<PagedResult<TopUpDto>>($"/api/top-ups?{query}");
}
