using Microsoft.AspNetCore.Http.HttpResults;
using Ordo.Application.Buying;
using Ordo.Web.Common;

namespace Ordo.Web.Buying;

/// <summary>The agent's marketplace accounts that ordering staff buy with (admin keeps them; buyers read theirs).</summary>
internal static class BuyingAccountEndpoints
{
    public static RouteGroupBuilder MapBuyingAccountEndpoints(this IEndpointRouteBuilder routes)
    {
        var accounts = routes.MapGroup("/api/settings/buying-accounts").WithTags("Buying").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        accounts.MapGet("/", List).WithName("ListBuyingAccounts")
            .WithDescription("Admin and order manager: every account. Ordering staff: the active accounts assigned to them, which are the ones they may buy with.")
            .WithSummary("Marketplace buying accounts (admin and order manager: all; ordering staff: their own active ones)");
        accounts.MapPost("/", Create).WithName("CreateBuyingAccount")
            .WithDescription("Admin. Adds a Taobao, Tmall or 1688 login of the agent with how it pays, assigned to ordering staff or order managers. A login name is used once per marketplace, whatever its case.")
            .WithSummary("Add a marketplace buying account (admin)")
            .ProducesValidationProblem();
        accounts.MapGet("/{id:guid}", Get).WithName("GetBuyingAccount")
            .WithDescription("Admin and order manager: any account. Ordering staff: an active account assigned to them; another is a 404. The ETag is its version.")
            .WithSummary("One buying account (ETag = version)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        accounts.MapPut("/{id:guid}", Update).WithName("UpdateBuyingAccount")
            .WithDescription("Admin. Replaces every field of the account and whom it is assigned to; isActive false retires it. Honours If-Match (412 when stale).")
            .WithSummary("Change, retire or reassign a buying account (admin; honours If-Match)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return accounts;
    }

    internal static async Task<Ok<IReadOnlyList<BuyingAccounts.AccountDto>>> List(HttpContext context, BuyingAccounts accounts, CancellationToken ct) =>
        TypedResults.Ok(await accounts.ListAsync(context.Actor(), ct));

    internal static async Task<Created<BuyingAccounts.AccountDto>> Create(HttpContext context, BuyingAccounts accounts, BuyingAccounts.AccountCommand command, CancellationToken ct)
    {
        var account = await accounts.CreateAsync(context.Actor(), command, ct);
        context.Response.SetETag(account.Version);
        return TypedResults.Created($"/api/settings/buying-accounts/{account.Id}", account);
    }

    internal static async Task<Ok<BuyingAccounts.AccountDto>> Get(HttpContext context, BuyingAccounts accounts, Guid id, CancellationToken ct) =>
        WithETag(context, await accounts.GetAsync(context.Actor(), id, ct));

    internal static async Task<Ok<BuyingAccounts.AccountDto>> Update(HttpContext context, BuyingAccounts accounts, Guid id, BuyingAccounts.AccountCommand command, CancellationToken ct) =>
        WithETag(context, await accounts.UpdateAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct));

    private static Ok<BuyingAccounts.AccountDto> WithETag(HttpContext context, BuyingAccounts.AccountDto account)
    {
        context.Response.SetETag(account.Version);
        return TypedResults.Ok(account);
    }
}
