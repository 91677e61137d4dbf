using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Ordo.Application.Common;
using Ordo.Application.Logistics;
using Ordo.Domain.Logistics;
using Ordo.Web.Common;

namespace Ordo.Web.Logistics;

/// <summary>Stocktakes: a count of a warehouse's shelves, what it found and what it did not.</summary>
internal static class StocktakeEndpoints
{
    public static IEndpointRouteBuilder MapStocktakeEndpoints(this IEndpointRouteBuilder routes)
    {
        var stocktakes = routes.MapGroup("/api/stocktakes").WithTags("Logistics").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        stocktakes.MapGet("/", List).WithName("ListStocktakes")
            .WithDescription("Staff. Stocktakes newest first with their counts (expected, counted, not found, declared lost, found but not expected). Filters: warehouse, status.")
            .WithSummary("Stocktakes, with their counts").ProducesValidationProblem();
        stocktakes.MapPost("/", Start).WithName("StartStocktake")
            .WithDescription("The warehouse's staff (China or Vietnam) and the forwarding manager. Begins a count of a warehouse: it expects every parcel the system has on its shelves (China: received, not packed; Vietnam: arrived, or released and waiting for its driver). One count at a time per warehouse.")
            .WithSummary("Start a stocktake of a warehouse")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        stocktakes.MapGet("/{id}", Get).WithName("GetStocktake")
            .WithDescription("Staff. One stocktake by id or code (KK-2026-000003): every parcel expected (found, where, or declared lost) and everything found that was not expected.")
            .WithSummary("One stocktake").ProducesProblem(StatusCodes.Status404NotFound);
        stocktakes.MapPost("/{id:guid}/scans", Scan).WithName("ScanAtStocktake")
            .WithDescription("The warehouse's staff and the forwarding manager. One scanned parcel code, optionally with the shelf it was found on. Outcome: Counted, Moved (found on another shelf in Vietnam: the parcel is moved there), AlreadyCounted (nothing counted twice), TurnedUp (a missing or lost parcel bound here: received), Unexpected (the system has it elsewhere) or Unknown.")
            .WithSummary("Scan a parcel at a stocktake")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        stocktakes.MapPost("/{id:guid}/close", Close).WithName("CloseStocktake")
            .WithDescription("The warehouse's staff and the forwarding manager. The scanning is done: what was not found stays listed. Honours If-Match.")
            .WithSummary("Close a stocktake")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        stocktakes.MapPost("/{id:guid}/lost", MarkLost).WithName("MarkLostAtStocktake")
            .WithDescription("The warehouse's staff and the forwarding manager. Declares lost the chosen parcels a closed stocktake expected and did not find (all or none; a released parcel is looked for with its release first).")
            .WithSummary("Declare lost what a stocktake did not find")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return routes;
    }

    internal static async Task<Ok<PagedResult<StocktakeSummaryDto>>> List(
        HttpContext context, Stocktakes stocktakes, string? warehouse, StocktakeStatus? status, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await stocktakes.ListAsync(context.Actor(), new Stocktakes.Query(warehouse, status, page ?? 1, pageSize ?? 50), ct));

    internal static async Task<Created<StocktakeDto>> Start(HttpContext context, Stocktakes stocktakes, Stocktakes.StartCommand command, CancellationToken ct)
    {
        var stocktake = await stocktakes.StartAsync(context.Actor(), command, ct);
        context.Response.SetETag(stocktake.Summary.Version);
        return TypedResults.Created($"/api/stocktakes/{stocktake.Summary.Id}", stocktake);
    }

    internal static async Task<Ok<StocktakeDto>> Get(HttpContext context, Stocktakes stocktakes, [FromRoute(Name = "id")] string idOrCode, CancellationToken ct) =>
        Tagged(context, await stocktakes.GetAsync(context.Actor(), idOrCode, ct));

    internal static async Task<Ok<StocktakeScanDto>> Scan(HttpContext context, Stocktakes stocktakes, Guid id, Stocktakes.ScanCommand command, CancellationToken ct) =>
        TypedResults.Ok(await stocktakes.ScanAsync(context.Actor(), id, command, ct));

    internal static async Task<Ok<StocktakeDto>> Close(HttpContext context, Stocktakes stocktakes, Guid id, CancellationToken ct) =>
        Tagged(context, await stocktakes.CloseAsync(context.Actor(), id, context.Request.IfMatchVersion(), ct));

    internal static async Task<Ok<StocktakeDto>> MarkLost(HttpContext context, Stocktakes stocktakes, Guid id, Stocktakes.MarkLostCommand command, CancellationToken ct) =>
        Tagged(context, await stocktakes.MarkLostAsync(context.Actor(), id, command, ct));

    private static Ok<StocktakeDto> Tagged(HttpContext context, StocktakeDto stocktake)
    {
        context.Response.SetETag(stocktake.Summary.Version);
        return TypedResults.Ok(stocktake);
    }
}
