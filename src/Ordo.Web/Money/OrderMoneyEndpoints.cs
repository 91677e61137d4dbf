using Microsoft.AspNetCore.Http.HttpResults;
using Ordo.Application.Common;
using Ordo.Application.Money;
using Ordo.Domain.Money;
using Ordo.Web.Common;

namespace Ordo.Web.Money;

/// <summary>An order's money: charges, deposit, balance payments, staff charges and credits, discount code.</summary>
internal static class OrderMoneyEndpoints
{
    public static void MapOrderMoneyEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").WithTags("Order money").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/orders/{id:guid}/charges", Charges).WithName("GetOrderCharges").WithDescription("The order's customer or staff. Goods at the order's rate, service fee by tier, discounts, options, deposit, paid and due.").WithSummary("The order's charge breakdown: goods, fees, discounts, deposit, paid, due");
        api.MapPost("/orders/{id:guid}/deposit", Deposit).WithName("PayDeposit").WithDescription("The order's customer or the CS manager from the wallet; an accountant also by transfer or at the office. Pays the deposit of an approved order, which fixes its price; honours If-Match.")
            .WithSummary("Pay the deposit of an approved order: from the wallet, or (accountant) method BankTransfer/Office")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        api.MapPost("/orders/{id:guid}/payments", Pay).WithName("PayOrderBalance").WithDescription("The order's customer, the CS manager or an accountant. Pays (part of) the balance: from the wallet at once, or by transfer or at the office, pending an accountant.").WithSummary("Pay (part of) the balance: Wallet pays now, BankTransfer/Office waits for the accountant")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/payments", ListPayments).WithName("ListPayments").WithDescription("Accountants see every balance payment (status=Pending is their queue), a customer their own.").WithSummary("Balance payments: the accountant's queue (status=Pending), or the customer's own");
        api.MapPost("/payments/{id:guid}/confirm", ConfirmPayment).WithName("ConfirmPayment").WithDescription("Accountant. Confirms a transfer or office payment arrived: the order's paid amount grows.").WithSummary("Confirm a transfer/office payment arrived (accountant)")
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/payments/{id:guid}/reject", RejectPayment).WithName("RejectPayment").WithDescription("Accountant. Rejects a pending payment with a reason the customer sees.").WithSummary("Reject a payment with a reason (accountant)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/orders/{id:guid}/charges", AddCharge).WithName("AddOrderCharge").WithDescription("Customer care, ordering staff, the accountant or an admin. Adds a supplementary charge or a credit with a reason; an overpayment returns to the wallet; honours If-Match.").WithSummary("Add a supplementary charge or a credit with a reason (staff); overpayment returns to the wallet")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        api.MapPut("/orders/{id:guid}/discount-code", ApplyCode).WithName("ApplyDiscountCode").WithDescription("The order's customer or customer care, before the deposit. Applies a discount code, or removes it with an empty code.").WithSummary("Apply (or with an empty code, remove) a discount code before the deposit")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal static async Task<Ok<ChargesDto>> Charges(HttpContext context, OrderCharges charges, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await charges.GetAsync(context.Actor(), id, ct));

    internal static async Task<Ok<ChargesDto>> Deposit(HttpContext context, PayDeposit deposit, Guid id, PayDeposit.Command? command, CancellationToken ct) =>
        TypedResults.Ok(await deposit.HandleAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct));

    internal static async Task<Created<PaymentDto>> Pay(HttpContext context, OrderPayments payments, Guid id, OrderPayments.Command command, CancellationToken ct)
    {
        var payment = await payments.CreateAsync(context.Actor(), id, command, ct);
        return TypedResults.Created($"/api/payments/{payment.Id}", payment);
    }

    internal static async Task<Ok<PagedResult<PaymentDto>>> ListPayments(HttpContext context, OrderPayments payments, PaymentStatus? status, Guid? orderId, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await payments.ListAsync(context.Actor(), status, orderId, page ?? 1, pageSize ?? 50, ct));

    internal static async Task<Ok<PaymentDto>> ConfirmPayment(HttpContext context, OrderPayments payments, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await payments.ConfirmAsync(context.Actor(), id, ct));

    internal static async Task<Ok<PaymentDto>> RejectPayment(HttpContext context, OrderPayments payments, Guid id, OrderPayments.RejectCommand command, CancellationToken ct) =>
        TypedResults.Ok(await payments.RejectAsync(context.Actor(), id, command, ct));

    internal static async Task<Ok<ChargesDto>> AddCharge(HttpContext context, OrderAdjustments adjustments, Guid id, OrderAdjustments.ChargeCommand command, CancellationToken ct) =>
        TypedResults.Ok(await adjustments.AddChargeAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct));

    internal static async Task<Ok<ChargesDto>> ApplyCode(HttpContext context, OrderAdjustments adjustments, Guid id, OrderAdjustments.CodeCommand command, CancellationToken ct) =>
        TypedResults.Ok(await adjustments.ApplyCodeAsync(context.Actor(), id, command, context.Request.IfMatchVersion(), ct));
}
