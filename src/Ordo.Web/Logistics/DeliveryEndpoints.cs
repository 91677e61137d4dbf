using Microsoft.AspNetCore.Http.HttpResults;
using Ordo.Application.Common;
using Ordo.Application.Logistics;
using Ordo.Application.Orders;
using Ordo.Domain.Logistics;
using Ordo.Web.Common;
using Ordo.Web.Files;

namespace Ordo.Web.Logistics;

/// <summary>Checks, delivery requests, releases and their slips, delivery runs, confirmation of receipt and an order's profit.</summary>
internal static class DeliveryEndpoints
{
    public static IEndpointRouteBuilder MapDeliveryEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").WithTags("Logistics").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/checks", ListChecks).WithName("ListChecks")
            .WithDescription("Staff: every check (filters status, orderId); a customer: those of their orders.")
            .WithSummary("Checks (tally) of orders' goods").ProducesValidationProblem();
        api.MapPost("/checks", CreateCheck).WithName("CreateCheck")
            .WithDescription("Forwarding manager. Sets a check task for an order that bought inspection (order: its id or code); one open check an order.")
            .WithSummary("Set a check task for an order")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/checks/{id:guid}", GetCheck).WithName("GetCheck")
            .WithDescription("Staff, or the order's customer. One check with its lines as counted.")
            .WithSummary("One check").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/checks/{id:guid}/photos", AddCheckPhoto).WithName("AddCheckPhoto").DisableAntiforgery()
            .WithDescription("Vietnam warehouse staff and the forwarding manager. A photo of the goods for an open check (multipart field 'photo': JPEG, PNG or WebP up to 5 MB); put its id in the count's photoIds. The order's customer can read it.")
            .WithSummary("Add a photo to a check")
            .Accepts<CheckPhotoForm>("multipart/form-data")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/checks/{id:guid}/result", RecordCheck).WithName("RecordCheckResult")
            .WithDescription("Vietnam warehouse staff and the forwarding manager. The count of every order line (counted, of which wrong and damaged), a note and photo ids: Passed, or Mismatch (recorded for a complaint). Honours If-Match.")
            .WithSummary("Record a check's count")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);

        api.MapGet("/delivery-requests", ListRequests).WithName("ListDeliveryRequests")
            .WithDescription("Staff: every request (filter status); a customer: their own.")
            .WithSummary("Delivery requests").ProducesValidationProblem();
        api.MapPost("/delivery-requests", CreateRequest).WithName("CreateDeliveryRequest")
            .WithDescription("A customer (or customer care with customerId). Asks for the chosen parcels waiting in Vietnam to be delivered to an address, with a phone. Another customer's parcel is a 404.")
            .WithSummary("Ask for parcels to be delivered")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/releases", ListReleases).WithName("ListReleases")
            .WithDescription("Staff: every release (filter status); a customer: their own.")
            .WithSummary("Releases (export slips)").ProducesValidationProblem();
        api.MapPost("/releases", CreateRelease).WithName("CreateRelease")
            .WithDescription("Forwarding manager. Releases one customer's parcels in a Vietnam warehouse for delivery (parcelIds, or a delivery request's): only when their orders' balances are paid, or with cashOnDelivery true, when the driver collects what is due. An order whose check is not done is refused.")
            .WithSummary("Release parcels for delivery (paid, or cash on delivery)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/releases/{id:guid}", GetRelease).WithName("GetRelease")
            .WithDescription("Staff, or the release's customer.").WithSummary("One release").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/releases/{id:guid}/slip.pdf", Slip).WithName("GetReleaseSlip")
            .WithDescription("Staff. The export slip, A4 PDF: parcels, shelves and weights, each order's total, what is paid and what to collect, lines to sign.")
            .WithSummary("A release's export slip (PDF)")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/delivery-runs", ListRuns).WithName("ListDeliveryRuns")
            .WithDescription("A driver: their own runs; the forwarding manager and the accountant: all (filters status, driverId).")
            .WithSummary("Delivery runs").ProducesValidationProblem();
        api.MapPost("/delivery-runs", PlanRun).WithName("PlanDeliveryRun")
            .WithDescription("Forwarding manager. Gives released parcels (releaseIds) to a driver (driverId, delivery staff); each release is a stop.")
            .WithSummary("Send a driver out with releases")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/delivery-runs/{id:guid}", GetRun).WithName("GetDeliveryRun")
            .WithDescription("The run's driver, the forwarding manager, the accountant.").WithSummary("One delivery run").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/delivery-runs/{id:guid}/hand-in", HandIn).WithName("HandInDeliveryCash")
            .WithDescription("Accountant. Takes in cash the driver collected on the run (never more than they hold): office cash up, the driver's cash down in the ledger.")
            .WithSummary("Take in a driver's cash")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/deliveries/{id:guid}/delivered", Delivered).WithName("ConfirmDelivery")
            .WithDescription("The run's driver or the forwarding manager. The stop's parcels were handed over; collectedVnd is the cash collected (cash on delivery: at most what was due; a paid release: 0), booked to the driver's cash and the orders' payments.")
            .WithSummary("Confirm a delivery, with the cash collected")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/deliveries/{id:guid}/failed", Failed).WithName("FailDelivery")
            .WithDescription("The run's driver or the forwarding manager. The delivery failed, with a reason; the parcels wait for another run.")
            .WithSummary("Record a failed delivery")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/orders/{id:guid}/confirm-receipt", ConfirmReceipt).WithName("ConfirmReceipt")
            .WithDescription("The customer, or customer care. Every parcel delivered: confirms receipt and completes the order. An order with parcels not delivered is refused. Honours If-Match.")
            .WithSummary("Confirm receipt: complete the order")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        api.MapGet("/orders/{id:guid}/profit", Profit).WithName("GetOrderProfit")
            .WithDescription("Managers and the accountant. The order's charges less the shop payments and the freight cost (chargeable kg × the cost table), with the discounts already taken off.")
            .WithSummary("An order's net profit").ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    internal static async Task<Ok<PagedResult<GoodsChecks.CheckDto>>> ListChecks(
        HttpContext context, GoodsChecks checks, CheckStatus? status, Guid? orderId, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await checks.ListAsync(context.Actor(), status, orderId, page ?? 1, pageSize ?? 50, ct));

    internal static async Task<Created<GoodsChecks.CheckDto>> CreateCheck(HttpContext context, GoodsChecks checks, GoodsChecks.CreateCommand command, CancellationToken ct)
    {
        var check = await checks.CreateAsync(context.Actor(), command, ct);
        context.Response.SetETag(check.Version);
        return TypedResults.Created($"/api/checks/{check.Id}", check);
    }

    internal static async Task<Ok<GoodsChecks.CheckDto>> GetCheck(HttpContext context, GoodsChecks checks, Guid id, CancellationToken ct)
    {
        var check = await checks.GetAsync(context.Actor(), id, ct);
        context.Response.SetETag(check.Version);
        return TypedResults.Ok(check);
    }

    /// <summary>The check photo's multipart form, as the OpenAPI document describes it.</summary>
    internal sealed record CheckPhotoForm(IFormFile Photo);

    internal static async Task<Created<GoodsChecks.CheckPhotoDto>> AddCheckPhoto(HttpContext context, GoodsChecks checks, Guid id, CancellationToken ct)
    {
        // Who may add photos is told before the form, and its photo, is read.
        LogisticsRules.EnsureMayWorkInVietnam(context.Actor());
        var form = await FileEndpoints.ReadFormAsync(context.Request, ct);
        var upload = await FileEndpoints.ReadPhotoAsync(form.Files.GetFile("photo"), "photo", required: true, ct);
        var photo = await checks.AddPhotoAsync(context.Actor(), id, upload!, ct);
        return TypedResults.Created(photo.Url, photo);
    }

    internal static async Task<Ok<GoodsChecks.CheckDto>> RecordCheck(HttpContext context, GoodsChecks checks, Guid id, GoodsChecks.ResultCommand command, CancellationToken ct)
    {
        var check = await checks.RecordAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct);
        context.Response.SetETag(check.Version);
        return TypedResults.Ok(check);
    }

    internal static async Task<Ok<PagedResult<DeliveryRequestDto>>> ListRequests(
        HttpContext context, DeliveryRequests requests, DeliveryRequestStatus? status, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await requests.ListAsync(context.Actor(), status, page ?? 1, pageSize ?? 50, ct));

    internal static async Task<Created<DeliveryRequestDto>> CreateRequest(HttpContext context, DeliveryRequests requests, DeliveryRequests.Command command, CancellationToken ct)
    {
        var request = await requests.CreateAsync(context.Actor(), command, ct);
        return TypedResults.Created($"/api/delivery-requests/{request.Id}", request);
    }

    internal static async Task<Ok<PagedResult<ReleaseDto>>> ListReleases(
        HttpContext context, Releases releases, ReleaseStatus? status, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await releases.ListAsync(context.Actor(), status, page ?? 1, pageSize ?? 50, ct));

    internal static async Task<Created<ReleaseDto>> CreateRelease(HttpContext context, Releases releases, Releases.Command command, CancellationToken ct)
    {
        var release = await releases.CreateAsync(context.Actor(), command, ct);
        return TypedResults.Created($"/api/releases/{release.Id}", release);
    }

    internal static async Task<Ok<ReleaseDto>> GetRelease(HttpContext context, Releases releases, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await releases.GetAsync(context.Actor(), id, ct));

    internal static async Task<FileContentHttpResult> Slip(HttpContext context, Releases releases, Guid id, CancellationToken ct)
    {
        var (code, pdf) = await releases.SlipAsync(context.Actor(), id, ct);
        return TypedResults.File(pdf, "application/pdf", $"{code}.pdf");
    }

    internal static async Task<Ok<PagedResult<DeliveryRunDto>>> ListRuns(
        HttpContext context, DeliveryRuns runs, DeliveryRunStatus? status, Guid? driverId, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await runs.ListAsync(context.Actor(), status, driverId, page ?? 1, pageSize ?? 50, ct));

    internal static async Task<Created<DeliveryRunDto>> PlanRun(HttpContext context, DeliveryRuns runs, DeliveryRuns.PlanCommand command, CancellationToken ct)
    {
        var run = await runs.PlanAsync(context.Actor(), command, ct);
        return TypedResults.Created($"/api/delivery-runs/{run.Id}", run);
    }

    internal static async Task<Ok<DeliveryRunDto>> GetRun(HttpContext context, DeliveryRuns runs, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await runs.GetAsync(context.Actor(), id, ct));

    internal static async Task<Ok<DeliveryRunDto>> HandIn(HttpContext context, DeliveryRuns runs, Guid id, DeliveryRuns.HandInCommand command, CancellationToken ct) =>
        TypedResults.Ok(await runs.HandInAsync(context.Actor(), id, command, ct));

    internal static async Task<Ok<DeliveryRunDto>> Delivered(HttpContext context, DeliveryRuns runs, Guid id, DeliveryRuns.DeliveredCommand command, CancellationToken ct) =>
        TypedResults.Ok(await runs.DeliveredAsync(context.Actor(), id, command, ct));

    internal static async Task<Ok<DeliveryRunDto>> Failed(HttpContext context, DeliveryRuns runs, Guid id, DeliveryRuns.FailedCommand command, CancellationToken ct) =>
        TypedResults.Ok(await runs.FailedAsync(context.Actor(), id, command, ct));

    internal static async Task<Ok<OrderDetailsDto>> ConfirmReceipt(HttpContext context, OrderCompletion completion, Guid id, CancellationToken ct)
    {
        var order = await completion.ConfirmReceiptAsync(context.Actor(), id, context.Request.IfMatchVersion(), ct);
        context.Response.SetETag(order.Version);
        return TypedResults.Ok(order);
    }

    internal static async Task<Ok<OrderProfit.ProfitDto>> Profit(HttpContext context, OrderProfit profit, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await profit.GetAsync(context.Actor(), id, ct));
}
