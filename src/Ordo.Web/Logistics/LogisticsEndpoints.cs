using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Ordo.Application.Common;
using Ordo.Application.Logistics;
using Ordo.Domain.Logistics;
using Ordo.Web.Common;

namespace Ordo.Web.Logistics;

/// <summary>Warehouses and parcels: the China warehouse's scan, where each parcel is.</summary>
internal static class LogisticsEndpoints
{
    public static IEndpointRouteBuilder MapLogisticsEndpoints(this IEndpointRouteBuilder routes)
    {
        var warehouses = routes.MapGroup("/api/warehouses").WithTags("Logistics").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        warehouses.MapGet("/", ListWarehouses).WithName("ListWarehouses")
            .WithDescription("Everyone signed in: the open warehouses (country CN or VN), the administrator every one. Filter by country.")
            .WithSummary("The agent's warehouses in China and Vietnam");
        warehouses.MapPost("/", CreateWarehouse).WithName("CreateWarehouse")
            .WithDescription("Admin. Adds a warehouse: a short code (unique, printed on labels), its name, country and address.")
            .WithSummary("Add a warehouse (admin)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        warehouses.MapPut("/{code}", UpdateWarehouse).WithName("UpdateWarehouse")
            .WithDescription("Admin. Renames a warehouse, changes its address, or closes it (isActive false). Honours If-Match.")
            .WithSummary("Change or close a warehouse (admin)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        warehouses.MapPost("/{code}/scan", Scan).WithName("ScanParcel")
            .WithDescription("China warehouse staff and the forwarding manager. Receives the box under a shop's tracking number with its weight (kg) and sides (cm): Received (its order found), Anonymous (no open order has the number), AlreadyReceived (nothing recorded; send anotherBox true for a second box under the number: Excess). The answer carries the parcel (its code for the label) and what the warehouse must know (crate, check, insurance, the customer's note).")
            .WithSummary("Scan a tracking number in a China warehouse: receive and measure the parcel")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var parcels = routes.MapGroup("/api/parcels").WithTags("Logistics").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        parcels.MapGet("/", ListParcels).WithName("ListParcels")
            .WithDescription("Staff: every parcel; a customer: the parcels of their orders. Filters: orderId, status, warehouse (where it is), anonymous, lost (missing or lost), shelf, q (a parcel code or the shop's tracking number); newest first, paged.")
            .WithSummary("Parcels, where they are (filters, paging)")
            .ProducesValidationProblem();
        parcels.MapGet("/{id}", GetParcel).WithName("GetParcel")
            .WithDescription("Staff, or the customer of its order. One parcel by id or code (PK-2026-000123) with its timeline; another customer's is a 404.")
            .WithSummary("One parcel by id or code, with its timeline")
            .ProducesProblem(StatusCodes.Status404NotFound);
        parcels.MapPost("/{id:guid}/match", Match).WithName("MatchParcel")
            .WithDescription("China warehouse staff, the forwarding manager and customer care. Gives an anonymous parcel, or an excess box, the open order it belongs to (order: its id or code); the order then follows it. Honours If-Match.")
            .WithSummary("Match an anonymous parcel (or an excess box) to its order")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        parcels.MapGet("/{id}/label.pdf", Label).WithName("GetParcelLabel")
            .WithDescription("Warehouse staff and the forwarding manager. The parcel's label: one 100×150 mm PDF page for a thermal printer, its code as a Code 128 barcode, customer and order codes, weights, destination and the services bought.")
            .WithSummary("A parcel's label (PDF, 100×150 mm)")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    internal static async Task<Ok<ParcelDto>> Match(HttpContext context, MatchParcel match, Guid id, MatchParcel.Command command, CancellationToken ct)
    {
        var parcel = await match.HandleAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct);
        context.Response.SetETag(parcel.Version);
        return TypedResults.Ok(parcel);
    }

    internal static async Task<FileContentHttpResult> Label(HttpContext context, Parcels parcels, [FromRoute(Name = "id")] string idOrCode, CancellationToken ct)
    {
        var (code, pdf) = await parcels.LabelAsync(context.Actor(), idOrCode, ct);
        return TypedResults.File(pdf, "application/pdf", $"{code}.pdf");
    }

    internal static async Task<Ok<IReadOnlyList<WarehouseDto>>> ListWarehouses(HttpContext context, Warehouses warehouses, Country? country, CancellationToken ct) =>
        TypedResults.Ok(await warehouses.ListAsync(context.Actor(), country, ct));

    internal static async Task<Created<WarehouseDto>> CreateWarehouse(HttpContext context, Warehouses warehouses, Warehouses.CreateCommand command, CancellationToken ct)
    {
        var warehouse = await warehouses.CreateAsync(context.Actor(), command, ct);
        context.Response.SetETag(warehouse.Version);
        return TypedResults.Created($"/api/warehouses/{warehouse.Code}", warehouse);
    }

    internal static async Task<Ok<WarehouseDto>> UpdateWarehouse(HttpContext context, Warehouses warehouses, string code, Warehouses.UpdateCommand command, CancellationToken ct)
    {
        var warehouse = await warehouses.UpdateAsync(context.Actor(), code, command, context.Request.IfMatchVersion(), ct);
        context.Response.SetETag(warehouse.Version);
        return TypedResults.Ok(warehouse);
    }

    internal static async Task<Ok<ScanParcel.Result>> Scan(HttpContext context, ScanParcel scan, string code, ScanParcel.Command command, CancellationToken ct) =>
        TypedResults.Ok(await scan.HandleAsync(context.Actor(), code, command, ct));

    internal static async Task<Ok<PagedResult<ParcelDto>>> ListParcels(
        HttpContext context, Parcels parcels, Guid? orderId, ParcelStatus? status, string? warehouse, bool? anonymous, bool? lost, string? shelf,
        string? q, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await parcels.ListAsync(context.Actor(), new Parcels.Query(orderId, status, warehouse, anonymous, page ?? 1, pageSize ?? 50, lost, shelf, q), ct));

    internal static async Task<Ok<ParcelDto>> GetParcel(HttpContext context, Parcels parcels, [FromRoute(Name = "id")] string idOrCode, CancellationToken ct)
    {
        var parcel = await parcels.GetAsync(context.Actor(), idOrCode, ct);
        context.Response.SetETag(parcel.Version);
        return TypedResults.Ok(parcel);
    }
}
