using Microsoft.AspNetCore.Http.HttpResults;
using Ordo.Application.Money;
using Ordo.Domain.Common;
using Ordo.Domain.Money;
using Ordo.Web.Common;

namespace Ordo.Web.Money;

/// <summary>Money settings (rates, fee tables, loyalty tiers, discount codes, customer terms) and corrections (admin).</summary>
internal static class MoneyAdminEndpoints
{
    public sealed record FeesRequest(FeeSchedule? Schedule, DateTimeOffset? EffectiveFrom);

    public static void MapMoneyAdminEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").WithTags("Money settings").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/settings/exchange-rates", Rates).WithName("ListExchangeRates").WithDescription("Admin. The CNY to VND rates, general and per customer group, newest first. A customer reads the rate that applies to them at GET /api/me/terms.").WithSummary("Exchange rate history, newest first");
        api.MapPost("/settings/exchange-rates", SetRate).WithName("SetExchangeRate").WithDescription("Admin. Sets the CNY to VND rate from now on, in general or for one customer group; orders already deposited keep theirs.").WithSummary("Set the CNY→VND rate (admin)").ProducesValidationProblem();
        api.MapGet("/settings/fees", Fees).WithName("GetFees").WithDescription("Admin. The fee tables in force and since when.").WithSummary("The fee tables in force (admin)");
        api.MapPut("/settings/fees", SetFees).WithName("SetFees").WithDescription("Admin. Replaces the fee tables from a moment on; orders already deposited keep the tables they were priced with.").WithSummary("Replace the fee tables from a moment on (admin)").ProducesValidationProblem();
        api.MapGet("/settings/loyalty-tiers", Tiers).WithName("ListLoyaltyTiers").WithDescription("Admin, CS manager and accountant. The loyalty tiers with their discounts and deposit percents.").WithSummary("Loyalty tiers (admin, CS manager, accountant)");
        api.MapPost("/settings/loyalty-tiers", CreateTier).WithName("CreateLoyaltyTier").WithDescription("Admin. Creates a loyalty tier.").WithSummary("Create a loyalty tier (admin)").ProducesValidationProblem();
        api.MapPut("/settings/loyalty-tiers/{id:guid}", UpdateTier).WithName("UpdateLoyaltyTier").WithDescription("Admin. Changes a loyalty tier; deposited orders keep the terms they were priced with.").WithSummary("Change a loyalty tier (admin)").ProducesValidationProblem();
        api.MapGet("/settings/discount-codes", Codes).WithName("ListDiscountCodes").WithDescription("Admin. Every discount code with its use count.").WithSummary("Discount codes with their use counts (admin)");
        api.MapPost("/settings/discount-codes", CreateCode).WithName("CreateDiscountCode").WithDescription("Admin. Creates a discount code (percent or fixed VND, validity, use limit).").WithSummary("Create a discount code (admin)").ProducesValidationProblem();
        api.MapPut("/settings/discount-codes/{id:guid}", UpdateCode).WithName("UpdateDiscountCode").WithDescription("Admin. Changes or deactivates a discount code.").WithSummary("Change or deactivate a discount code (admin)").ProducesValidationProblem();
        api.MapGet("/settings/customer-groups", Groups).WithName("ListCustomerGroups").WithDescription("Admin, CS manager and accountant. The customer groups; each may have its own exchange rate.").WithSummary("Customer groups, each with its own exchange rate if any (admin, CS manager, accountant)");
        api.MapPost("/settings/customer-groups", CreateGroup).WithName("CreateCustomerGroup").WithDescription("Admin. Creates a customer group.").WithSummary("Create a customer group (admin)").ProducesValidationProblem();
        api.MapPut("/settings/customer-groups/{id:guid}", RenameGroup).WithName("RenameCustomerGroup").WithDescription("Admin. Renames a customer group.").WithSummary("Rename a customer group (admin)").ProducesValidationProblem();
        api.MapPut("/customers/{id:guid}/terms", SetTerms).WithName("SetCustomerTerms").WithDescription("Admin. Replaces a customer's loyalty tier, agreed buying-fee percent and group; the change is kept in the terms history; honours If-Match (412 when stale).")
            .WithSummary("Replace a customer's loyalty tier, agreed buying-fee percent and group (admin; recorded in the terms history; honours If-Match)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        api.MapPost("/ledger/adjustments", Adjust).WithName("AdjustWallet").WithDescription("Admin. Corrects a wallet by an adjusting ledger entry with a reason; a debit never takes the wallet below zero.").WithSummary("Adjust a wallet by an entry with a reason (admin)").ProducesValidationProblem();
        api.MapPost("/ledger/entries/{id:guid}/reverse", Reverse).WithName("ReverseJournalEntry").WithDescription("Admin. Reverses an adjustment by a new entry with a reason; a top-up, deposit, payment, refund or withdrawal is corrected by an adjustment instead (409 ledger.not_reversible).").WithSummary("Reverse a journal entry with a reason (admin)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal static async Task<Ok<IReadOnlyList<MoneySettings.ExchangeRateDto>>> Rates(HttpContext context, MoneySettings settings, CancellationToken ct) =>
        TypedResults.Ok(await settings.RateHistoryAsync(context.Actor(), ct));

    internal static async Task<Created<MoneySettings.ExchangeRateDto>> SetRate(HttpContext context, MoneySettings settings, MoneySettings.SetRateCommand command, CancellationToken ct) =>
        TypedResults.Created("/api/settings/exchange-rates", await settings.SetRateAsync(context.Actor(), command, ct));

    internal static async Task<Ok<MoneySettings.FeeScheduleDto>> Fees(HttpContext context, MoneySettings settings, CancellationToken ct) =>
        TypedResults.Ok(await settings.CurrentFeesVersionAsync(context.Actor(), ct));

    internal static async Task<Ok<MoneySettings.FeeScheduleDto>> SetFees(HttpContext context, MoneySettings settings, FeesRequest request, CancellationToken ct) =>
        TypedResults.Ok(await settings.SetFeesAsync(context.Actor(), request.Schedule ?? throw new DomainValidationException("schedule", "is required"), request.EffectiveFrom, ct));

    internal static async Task<Ok<IReadOnlyList<MoneyAdministration.TierDto>>> Tiers(HttpContext context, MoneyAdministration admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.TiersAsync(context.Actor(), ct));

    internal static async Task<Created<MoneyAdministration.TierDto>> CreateTier(HttpContext context, MoneyAdministration admin, MoneyAdministration.TierCommand command, CancellationToken ct)
    {
        var tier = await admin.SaveTierAsync(context.Actor(), null, command, ct);
        return TypedResults.Created($"/api/settings/loyalty-tiers/{tier.Id}", tier);
    }

    internal static async Task<Ok<MoneyAdministration.TierDto>> UpdateTier(HttpContext context, MoneyAdministration admin, Guid id, MoneyAdministration.TierCommand command, CancellationToken ct) =>
        TypedResults.Ok(await admin.SaveTierAsync(context.Actor(), id, command, ct));

    internal static async Task<Ok<IReadOnlyList<MoneyAdministration.CodeDto>>> Codes(HttpContext context, MoneyAdministration admin, CancellationToken ct)
    {
        if (!context.Actor().IsAdmin)
        {
            throw new ForbiddenActionException(MoneyErrors.RoleNotAllowed, "Only an administrator sees discount codes.");
        }

        return TypedResults.Ok(await admin.CodesAsync(ct));
    }

    internal static async Task<Created<MoneyAdministration.CodeDto>> CreateCode(HttpContext context, MoneyAdministration admin, MoneyAdministration.CodeCommand command, CancellationToken ct)
    {
        var code = await admin.SaveCodeAsync(context.Actor(), null, command, ct);
        return TypedResults.Created($"/api/settings/discount-codes/{code.Id}", code);
    }

    internal static async Task<Ok<MoneyAdministration.CodeDto>> UpdateCode(HttpContext context, MoneyAdministration admin, Guid id, MoneyAdministration.CodeCommand command, CancellationToken ct) =>
        TypedResults.Ok(await admin.SaveCodeAsync(context.Actor(), id, command, ct));

    internal static async Task<Ok<IReadOnlyList<MoneyAdministration.GroupDto>>> Groups(HttpContext context, MoneyAdministration admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.GroupsAsync(context.Actor(), ct));

    internal static async Task<Created<MoneyAdministration.GroupDto>> CreateGroup(HttpContext context, MoneyAdministration admin, MoneyAdministration.GroupCommand command, CancellationToken ct)
    {
        var group = await admin.SaveGroupAsync(context.Actor(), null, command, ct);
        return TypedResults.Created($"/api/settings/customer-groups/{group.Id}", group);
    }

    internal static async Task<Ok<MoneyAdministration.GroupDto>> RenameGroup(HttpContext context, MoneyAdministration admin, Guid id, MoneyAdministration.GroupCommand command, CancellationToken ct) =>
        TypedResults.Ok(await admin.SaveGroupAsync(context.Actor(), id, command, ct));

    internal static async Task<Ok<MoneyAdministration.CustomerTermsDto>> SetTerms(HttpContext context, MoneyAdministration admin, Guid id, MoneyAdministration.CustomerTermsCommand command, CancellationToken ct)
    {
        var terms = await admin.SetCustomerTermsAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct);
        context.Response.SetETag(terms.TermsVersion);
        return TypedResults.Ok(terms);
    }

    internal static async Task<Ok<WalletAdjustments.EntryDto>> Adjust(HttpContext context, WalletAdjustments adjustments, WalletAdjustments.AdjustCommand command, CancellationToken ct) =>
        TypedResults.Ok(await adjustments.AdjustAsync(context.Actor(), command, ct));

    internal static async Task<Ok<WalletAdjustments.EntryDto>> Reverse(HttpContext context, WalletAdjustments adjustments, Guid id, WalletAdjustments.ReverseCommand command, CancellationToken ct) =>
        TypedResults.Ok(await adjustments.ReverseAsync(context.Actor(), id, command, ct));
}
