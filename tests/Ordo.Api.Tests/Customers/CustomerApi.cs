using System.Net;
using Ordo.Api.Tests.Support;
using Ordo.Application.Common;
using Ordo.Application.Customers;
using Ordo.Application.Money;

namespace Ordo.Api.Tests.Customers;

/// <summary>The customer directory, customer groups and customer terms as staff use them. <c>Try…</c> methods return the raw response.</summary>
internal static class CustomerApi
{
    public const string Directory = "/api/customers";

    public static string UrlOf(Guid customerId) => $"{Directory}/{customerId}";

    public static string HistoryUrl(Guid customerId) => $"{Directory}/{customerId}/terms/history";

    public static Task<PagedResult<CustomerDirectory.CustomerDto>> SearchCustomersAsync(this ApiUser staff, string query) =>
        staff.GetAsync<PagedResult<CustomerDirectory.CustomerDto>>($"{Directory}?{query}");

    public static Task<CustomerDirectory.CustomerDto> CustomerAsync(this ApiUser staff, Guid customerId) =>
        staff.GetAsync<CustomerDirectory.CustomerDto>(UrlOf(customerId));

    public static Task<IReadOnlyList<CustomerDirectory.TermsChangeDto>> TermsHistoryAsync(this ApiUser staff, Guid customerId) =>
        staff.GetAsync<IReadOnlyList<CustomerDirectory.TermsChangeDto>>(HistoryUrl(customerId));

    public static Task<HttpResponseMessage> TrySetTermsAsync(this ApiUser admin, Guid customerId, object terms, string? ifMatch = null) =>
        admin.PutAsync($"{Directory}/{customerId}/terms", terms, ifMatch);

    public static async Task<MoneyAdministration.CustomerTermsDto> SetTermsAsync(
        this ApiUser admin, Guid customerId, Guid? loyaltyTierId = null, decimal? serviceFeePercent = null, Guid? customerGroupId = null) =>
        await (await admin.TrySetTermsAsync(customerId, new MoneyAdministration.CustomerTermsCommand(loyaltyTierId, serviceFeePercent, customerGroupId)))
            .ReadAsync<MoneyAdministration.CustomerTermsDto>();

    public static async Task<MoneyAdministration.GroupDto> CreateGroupAsync(this ApiUser admin, string name) =>
        await (await admin.PostAsync("/api/settings/customer-groups", new MoneyAdministration.GroupCommand(name)))
            .ReadAsync<MoneyAdministration.GroupDto>(HttpStatusCode.Created);

    public static Task<IReadOnlyList<MoneyAdministration.GroupDto>> GroupsAsync(this ApiUser user) =>
        user.GetAsync<IReadOnlyList<MoneyAdministration.GroupDto>>("/api/settings/customer-groups");

    public static async Task<MoneyAdministration.TierDto> CreateTierAsync(this ApiUser admin, string name, decimal discountPercent = 10m) =>
        await (await admin.PostAsync("/api/settings/loyalty-tiers", new MoneyAdministration.TierCommand(name, discountPercent, null, 0m)))
            .ReadAsync<MoneyAdministration.TierDto>(HttpStatusCode.Created);

    /// <summary>A name no other test uses, so a search finds exactly what this test made.</summary>
    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
