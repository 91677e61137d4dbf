using Microsoft.AspNetCore.Http.HttpResults;
using Ordo.Application.Common;
using Ordo.Application.Logistics;
using Ordo.Domain.Common;
using Ordo.Domain.Logistics;
using Ordo.Web.Common;
using Ordo.Web.Files;

namespace Ordo.Web.Logistics;

/// <summary>Anonymous parcels found by their tracking number, claimed by customers and decided by staff.</summary>
internal static class ParcelClaimEndpoints
{
    public static IEndpointRouteBuilder MapParcelClaimEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/parcels/anonymous", FindAnonymous).WithName("FindAnonymousParcels").WithTags("Logistics").RequireAuthorization()
            .WithDescription("Everyone signed in. The anonymous parcels received under exactly this tracking number (no order had it): its code, warehouse, weight and when it came. A number is never searched by its parts.")
            .WithSummary("Find an anonymous parcel by its tracking number")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
        routes.MapPost("/api/parcels/{id:guid}/claims", File).WithName("ClaimParcel").WithTags("Logistics").RequireAuthorization().DisableAntiforgery()
            .WithDescription("Customers. Claims an anonymous parcel for one of their open orders (multipart: orderId, trackingNumber as on the parcel, description, photo: JPEG, PNG or WebP up to 5 MB). It waits for staff; a parcel that already belongs to an order is refused (409 logistics.already_owned), and a second pending claim on the same parcel too.")
            .WithSummary("Claim an anonymous parcel (customer)")
            .Accepts<ClaimForm>("multipart/form-data")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var claims = routes.MapGroup("/api/parcel-claims").WithTags("Logistics").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        claims.MapGet("/", List).WithName("ListParcelClaims")
            .WithDescription("Staff: every claim (status=Pending is the queue); a customer: their own. Newest first, paged; parcelId narrows it to one parcel.")
            .WithSummary("Parcel claims").ProducesValidationProblem();
        claims.MapGet("/{id:guid}", Get).WithName("GetParcelClaim")
            .WithDescription("Staff, or the customer who sent it (anyone else: 404). One claim with its photo's address.")
            .WithSummary("One parcel claim").ProducesProblem(StatusCodes.Status404NotFound);
        claims.MapPost("/{id:guid}/confirm", Confirm).WithName("ConfirmParcelClaim")
            .WithDescription("China warehouse staff, the forwarding manager and customer care. Confirms a pending claim: the parcel is matched to the claimed order (its timeline says so) and the customer's other claims on it close. Honours If-Match.")
            .WithSummary("Confirm a parcel claim: the parcel goes to the claimed order")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        claims.MapPost("/{id:guid}/reject", Reject).WithName("RejectParcelClaim")
            .WithDescription("China warehouse staff, the forwarding manager and customer care. Rejects a pending claim with a reason the customer reads. Honours If-Match.")
            .WithSummary("Reject a parcel claim with a reason")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return routes;
    }

    /// <summary>The claim's multipart form, as the OpenAPI document describes it.</summary>
    internal sealed record ClaimForm(Guid OrderId, string TrackingNumber, string Description, IFormFile Photo);

    internal static async Task<Ok<IReadOnlyList<AnonymousParcelDto>>> FindAnonymous(HttpContext context, ParcelClaims claims, string? trackingNumber, CancellationToken ct) =>
        TypedResults.Ok(await claims.FindAnonymousAsync(context.Actor(), trackingNumber, ct));

    internal static async Task<Created<ParcelClaimDto>> File(HttpContext context, ParcelClaims claims, Guid id, CancellationToken ct)
    {
        // Who may claim is told before the form, and its photo, is read.
        LogisticsRules.EnsureMayClaimParcels(context.Actor());
        var form = await FileEndpoints.ReadFormAsync(context.Request, ct);
        Guid? order = null;
        if (form["orderId"].ToString() is { Length: > 0 } orderId)
        {
            order = Guid.TryParse(orderId, out var parsed) ? parsed : throw new DomainValidationException("orderId", "must be an order's id");
        }

        var upload = await FileEndpoints.ReadPhotoAsync(form.Files.GetFile("photo"), "photo", required: true, ct);
        var claim = await claims.FileAsync(context.Actor(), id,
            new ParcelClaims.Command(order, form["trackingNumber"].ToString(), form["description"].ToString()), upload, ct);
        context.Response.SetETag(claim.Version);
        return TypedResults.Created($"/api/parcel-claims/{claim.Id}", claim);
    }

    internal static async Task<Ok<PagedResult<ParcelClaimDto>>> List(
        HttpContext context, ParcelClaims claims, ParcelClaimStatus? status, Guid? parcelId, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await claims.ListAsync(context.Actor(), status, parcelId, page ?? 1, pageSize ?? 50, ct));

    internal static async Task<Ok<ParcelClaimDto>> Get(HttpContext context, ParcelClaims claims, Guid id, CancellationToken ct)
    {
        var claim = await claims.GetAsync(context.Actor(), id, ct);
        context.Response.SetETag(claim.Version);
        return TypedResults.Ok(claim);
    }

    internal static async Task<Ok<ParcelClaimDto>> Confirm(HttpContext context, ParcelClaims claims, Guid id, CancellationToken ct)
    {
        var claim = await claims.ConfirmAsync(context.Actor(), id, context.Request.IfMatchVersion(), ct);
        context.Response.SetETag(claim.Version);
        return TypedResults.Ok(claim);
    }

    internal static async Task<Ok<ParcelClaimDto>> Reject(HttpContext context, ParcelClaims claims, Guid id, ParcelClaims.RejectCommand command, CancellationToken ct)
    {
        var claim = await claims.RejectAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct);
        context.Response.SetETag(claim.Version);
        return TypedResults.Ok(claim);
    }
}
