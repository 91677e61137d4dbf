using Microsoft.AspNetCore.Http.HttpResults;
using Ordo.Application.Common;
using Ordo.Application.Customers;
using Ordo.Web.Common;

namespace Ordo.Web.Customers;

/// <summary>The customer directory (CS manager, accountant, admin): search, one customer, the history of their terms.</summary>
internal static class CustomerEndpoints
{
    public static RouteGroupBuilder MapCustomerEndpoints(this IEndpointRouteBuilder routes)
    {
        var customers = routes.MapGroup("/api/customers").WithTags("Customers").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        customers.MapGet("/", Search).WithName("SearchCustomers").WithDescription("CS manager, accountant, admin. Finds customers by code, name, e-mail or phone, filtered by group and loyalty tier, sorted and paged.")
            .WithSummary("Search customers by code (KH000123), name, e-mail or phone; filter by group and loyalty tier; sort (e.g. -registeredAt, code, name, balance) and paging")
            .ProducesValidationProblem();
        customers.MapGet("/{id:guid}", Get).WithName("GetCustomer").WithDescription("CS manager, accountant, admin. One customer with their terms and wallet balance; the ETag is the terms version to send as If-Match when changing them.").WithSummary("One customer with their terms and wallet balance (ETag = terms version, for If-Match on PUT …/terms)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        customers.MapGet("/{id:guid}/terms/history", TermsHistory).WithName("GetCustomerTermsHistory").WithDescription("CS manager, accountant, admin. Every change of the customer's terms: who, when, before and after, newest first.").WithSummary("Who changed the customer's terms when, before and after, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);
        customers.MapPost("/{id:guid}/disable", Disable).WithName("DisableCustomer")
            .WithSummary("Disable a customer account (admin)")
            .WithDescription("The customer can no longer sign in, and every open session and token of theirs stops working on its next request. Their orders and wallet stay as they are.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        customers.MapPost("/{id:guid}/enable", Enable).WithName("EnableCustomer")
            .WithSummary("Enable a disabled customer account again (admin)")
            .WithDescription("The customer may sign in again; sessions ended by the disabling stay ended.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return customers;
    }

    internal static async Task<Ok<CustomerDirectory.CustomerDto>> Disable(HttpContext context, CustomerAccountStatus status, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await status.DisableAsync(context.Actor(), id, ct));

    internal static async Task<Ok<CustomerDirectory.CustomerDto>> Enable(HttpContext context, CustomerAccountStatus status, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await status.EnableAsync(context.Actor(), id, ct));

    internal static async Task<Ok<PagedResult<CustomerDirectory.CustomerDto>>> Search(
        HttpContext context, CustomerDirectory directory, string? q, Guid? groupId, Guid? loyaltyTierId, string? sort, int? page, int? pageSize, CancellationToken ct)
    {
        var query = new CustomerDirectory.Query(q, groupId, loyaltyTierId, sort, page ?? 1, pageSize ?? 20);
        return TypedResults.Ok(await directory.SearchAsync(context.Actor(), query, ct));
    }

    internal static async Task<Ok<CustomerDirectory.CustomerDto>> Get(HttpContext context, CustomerDirectory directory, Guid id, CancellationToken ct)
    {
        var customer = await directory.GetAsync(context.Actor(), id, ct);
        context.Response.SetETag(customer.TermsVersion);
        return TypedResults.Ok(customer);
    }

    internal static async Task<Ok<IReadOnlyList<CustomerDirectory.TermsChangeDto>>> TermsHistory(HttpContext context, CustomerDirectory directory, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await directory.TermsHistoryAsync(context.Actor(), id, ct));
}
