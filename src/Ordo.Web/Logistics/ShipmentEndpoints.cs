using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Ordo.Application.Common;
using Ordo.Application.Logistics;
using Ordo.Domain.Logistics;
using Ordo.Web.Common;

namespace Ordo.Web.Logistics;

/// <summary>Shipments from China to Vietnam, their receipt in Vietnam, shelves and the shipping tariff.</summary>
internal static class ShipmentEndpoints
{
    public static IEndpointRouteBuilder MapShipmentEndpoints(this IEndpointRouteBuilder routes)
    {
        var shipments = routes.MapGroup("/api/shipments").WithTags("Logistics").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        shipments.MapGet("/", List).WithName("ListShipments")
            .WithDescription("Staff. Shipments newest first with their counts (parcels packed, received in Vietnam, missing) and weight. Filters: status, destination.")
            .WithSummary("Shipments, with their counts").ProducesValidationProblem();
        shipments.MapPost("/", Open).WithName("OpenShipment")
            .WithDescription("China warehouse staff and the forwarding manager. Opens a shipment (a bag, a truck load) from a China warehouse (the first open one if none is named) to a Vietnam warehouse.")
            .WithSummary("Open a shipment to a Vietnam warehouse")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        shipments.MapGet("/{id}", Get).WithName("GetShipment")
            .WithDescription("Staff. One shipment by id or code (BG-2026-000012) with its parcels and timeline.")
            .WithSummary("One shipment").ProducesProblem(StatusCodes.Status404NotFound);
        shipments.MapPost("/{id:guid}/parcels", Pack).WithName("PackParcel")
            .WithDescription("China warehouse staff and the forwarding manager. Scans a parcel (its code) into the open shipment: it must be in the shipment's warehouse, bound for its destination, of an order, and in no other shipment.")
            .WithSummary("Scan a parcel into a shipment")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        shipments.MapDelete("/{id:guid}/parcels/{parcelId:guid}", Unpack).WithName("UnpackParcel")
            .WithDescription("China warehouse staff and the forwarding manager. Takes a parcel back out of a shipment that has not left.")
            .WithSummary("Take a parcel out of a shipment")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        shipments.MapPost("/{id:guid}/dispatch", Dispatch).WithName("DispatchShipment")
            .WithDescription("China warehouse staff and the forwarding manager. Closes and sends the shipment with its parcel count and weight; its parcels are in transit. An empty or already dispatched shipment is refused. Honours If-Match.")
            .WithSummary("Dispatch a shipment")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        shipments.MapPost("/{id:guid}/finish-receiving", FinishReceiving).WithName("FinishReceivingShipment")
            .WithDescription("Vietnam warehouse staff and the forwarding manager. The unloading is done: parcels of the shipment not scanned are flagged missing (they become lost after Ordo:Logistics:LostAfterDays unless they turn up).")
            .WithSummary("Finish unloading a shipment: flag what was not found")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var warehouses = routes.MapGroup("/api/warehouses").WithTags("Logistics").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        warehouses.MapPost("/{code}/receive-shipment", ReceiveShipment).WithName("ReceiveShipment")
            .WithDescription("Vietnam warehouse staff and the forwarding manager. Scans a dispatched shipment in by its code at its destination; a second receipt is refused.")
            .WithSummary("Receive a shipment in a Vietnam warehouse")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        warehouses.MapPost("/{code}/receive-parcel", ReceiveParcel).WithName("ReceiveParcelInVietnam")
            .WithDescription("Vietnam warehouse staff and the forwarding manager. Receives a parcel by its code (out of a shipment received here, or one missing or lost that turned up), optionally onto a shelf. Its international shipping fee is charged to its order.")
            .WithSummary("Receive a parcel in a Vietnam warehouse")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        routes.MapPut("/api/parcels/{id:guid}/shelf", Shelve).WithTags("Logistics").RequireAuthorization().WithName("ShelveParcel")
            .WithDescription("Vietnam warehouse staff and the forwarding manager. Puts a parcel in Vietnam on a shelf (or moves it). Honours If-Match.")
            .WithSummary("Put a parcel on a shelf")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);

        var tariffs = routes.MapGroup("/api/settings/shipping-tariffs").WithTags("Logistics").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        tariffs.MapGet("/", Tariffs).WithName("GetShippingTariffs")
            .WithDescription("Staff. The international shipping tariff in force (VND per chargeable kg by destination warehouse and loyalty tier, a minimum a parcel) and the freight cost table, with its versions.")
            .WithSummary("The shipping tariff and its versions");
        tariffs.MapPut("/", SetTariff).WithName("SetShippingTariffs")
            .WithDescription("Admin. Sets a new version of the tariff, effective now or from effectiveFrom; parcels are charged by the version in force when they arrive. A default rate (no destination, no tier) and a default cost are required.")
            .WithSummary("Set the shipping tariff (admin)").ProducesValidationProblem();
        return routes;
    }

    internal static async Task<Ok<PagedResult<ShipmentDto>>> List(
        HttpContext context, Shipments shipments, ShipmentStatus? status, string? destination, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await shipments.ListAsync(context.Actor(), new Shipments.Query(status, destination, page ?? 1, pageSize ?? 50), ct));

    internal static async Task<Created<ShipmentDto>> Open(HttpContext context, Shipments shipments, Shipments.OpenCommand command, CancellationToken ct)
    {
        var shipment = await shipments.OpenAsync(context.Actor(), command, ct);
        context.Response.SetETag(shipment.Version);
        return TypedResults.Created($"/api/shipments/{shipment.Id}", shipment);
    }

    internal static async Task<Ok<ShipmentDto>> Get(HttpContext context, Shipments shipments, [FromRoute(Name = "id")] string idOrCode, CancellationToken ct) =>
        Tagged(context, await shipments.GetAsync(context.Actor(), idOrCode, ct));

    internal static async Task<Ok<ShipmentDto>> Pack(HttpContext context, Shipments shipments, Guid id, Shipments.ParcelCommand command, CancellationToken ct) =>
        Tagged(context, await shipments.PackAsync(context.Actor(), id, command, ct));

    internal static async Task<Ok<ShipmentDto>> Unpack(HttpContext context, Shipments shipments, Guid id, Guid parcelId, CancellationToken ct) =>
        Tagged(context, await shipments.UnpackAsync(context.Actor(), id, parcelId, ct));

    internal static async Task<Ok<ShipmentDto>> Dispatch(HttpContext context, Shipments shipments, Guid id, CancellationToken ct) =>
        Tagged(context, await shipments.DispatchAsync(context.Actor(), id, context.Request.IfMatchVersion(), ct));

    internal static async Task<Ok<ShipmentDto>> FinishReceiving(HttpContext context, Shipments shipments, Guid id, CancellationToken ct) =>
        Tagged(context, await shipments.FinishReceivingAsync(context.Actor(), id, ct));

    internal static async Task<Ok<ShipmentDto>> ReceiveShipment(HttpContext context, Shipments shipments, string code, Shipments.ReceiveCommand command, CancellationToken ct) =>
        Tagged(context, await shipments.ReceiveAsync(context.Actor(), code, command, ct));

    internal static async Task<Ok<ParcelDto>> ReceiveParcel(HttpContext context, VietnamReceipt receipt, string code, VietnamReceipt.ReceiveCommand command, CancellationToken ct)
    {
        var parcel = await receipt.ReceiveAsync(context.Actor(), code, command, ct);
        context.Response.SetETag(parcel.Version);
        return TypedResults.Ok(parcel);
    }

    internal static async Task<Ok<ParcelDto>> Shelve(HttpContext context, VietnamReceipt receipt, Guid id, VietnamReceipt.ShelfCommand command, CancellationToken ct)
    {
        var parcel = await receipt.ShelveAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct);
        context.Response.SetETag(parcel.Version);
        return TypedResults.Ok(parcel);
    }

    internal static async Task<Ok<ShippingTariffs.TariffsDto>> Tariffs(HttpContext context, ShippingTariffs tariffs, CancellationToken ct) =>
        TypedResults.Ok(await tariffs.GetAsync(context.Actor(), ct));

    internal static async Task<Ok<ShippingTariffs.TariffDto>> SetTariff(HttpContext context, ShippingTariffs tariffs, ShippingTariffs.SetCommand command, CancellationToken ct) =>
        TypedResults.Ok(await tariffs.SetAsync(context.Actor(), command, ct));

    private static Ok<ShipmentDto> Tagged(HttpContext context, ShipmentDto shipment)
    {
        context.Response.SetETag(shipment.Version);
        return TypedResults.Ok(shipment);
    }
}
