using System.Net;
using System.Text.Json;
using Ordo.Api.Tests.Support;
using Ordo.Application.Buying;
using Ordo.Domain.Buying;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Buying;

/// <summary>The buying-account settings as the administrator and the buyers use them. <c>Try…</c> methods return the raw response.</summary>
internal static class BuyingAccountApi
{
    public const string Accounts = "/api/settings/buying-accounts";

    public static string AccountUrl(Guid id) => $"{Accounts}/{id}";

    /// <summary>A login name no other test uses (marketplaces allow letters, digits and underscores).</summary>
    public static string UniqueLogin(string prefix = "tb") => $"{prefix}_{Guid.NewGuid().ToString("N")[..12]}";

    public static BuyingAccounts.AccountCommand Command(string login, params Guid[] staffIds) =>
        new(Marketplace.Taobao, login, PaymentKind.Alipay, "muahang@example.cn", "Tài khoản chính", staffIds);

    public static Task<HttpResponseMessage> TryCreateAccountAsync(this ApiUser admin, object command) => admin.PostAsync(Accounts, command);

    public static async Task<BuyingAccounts.AccountDto> CreateAccountAsync(this ApiUser admin, BuyingAccounts.AccountCommand command) =>
        await (await admin.TryCreateAccountAsync(command)).ReadAsync<BuyingAccounts.AccountDto>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> TryUpdateAccountAsync(this ApiUser admin, Guid id, object command, string? ifMatch = null) =>
        admin.PutAsync(AccountUrl(id), command, ifMatch);

    public static Task<IReadOnlyList<BuyingAccounts.AccountDto>> AccountsAsync(this ApiUser user) =>
        user.GetAsync<IReadOnlyList<BuyingAccounts.AccountDto>>(Accounts);

    /// <summary>The same account, staff and all (a record compares its list of staff by reference).</summary>
    public static void ShouldBe(this BuyingAccounts.AccountDto actual, BuyingAccounts.AccountDto expected) =>
        Assert.Equal(JsonSerializer.Serialize(expected, ApiJson.Options), JsonSerializer.Serialize(actual, ApiJson.Options));

    /// <summary>How many accounts carry this login on any marketplace, as the administrator sees them.</summary>
    public static async Task<int> CountWithLoginAsync(this ApiUser admin, string login) =>
        (await admin.AccountsAsync()).Count(a => string.Equals(a.AccountName, login.Trim(), StringComparison.OrdinalIgnoreCase));
}
