using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>
/// Paying an order's balance: from the wallet at once, or by transfer / at the office, confirmed by an
/// accountant. The customer or the CS manager creates the payment.
/// </summary>
public sealed class OrderPayments(OrdoDbContext db, Ledger ledger, OrderCharges charges, TimeProvider clock)
{
    public sealed record Command(decimal? AmountVnd, PaymentMethod? Method, string? Reference);

    public sealed record RejectCommand(string? Reason);

    public async Task<PaymentDto> CreateAsync(Actor actor, Guid orderId, Command command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await db.InTransactionAsync(async () =>
        {
            var order = await db.LoadForUpdateAsync(orderId, actor, null, ct);
            var due = (await charges.CalculateAsync(order, ct)).Due.Amount;
            var now = clock.GetUtcNow();
            var payment = Payment.Request(actor, order, command.AmountVnd ?? due, due, command.Method ?? PaymentMethod.Wallet, command.Reference, now);
            db.Payments.Add(payment);
            if (payment.Method == PaymentMethod.Wallet)
            {
                await ledger.PostAsync(payment.Settle(actor, order.Code, now), ct);
                order.RecordPayment(actor, Domain.Money.Money.Vnd(payment.AmountVnd), now);
            }

            await db.SaveChangesAsync(ct);
            return await GetAsync(payment.Id, ct);
        }, ct);
    }

    public async Task<PagedResult<PaymentDto>> ListAsync(Actor actor, PaymentStatus? status, Guid? orderId, int page, int pageSize, CancellationToken ct)
    {
        new Check().Paging(page, pageSize, 200).ThrowIfAny();
        var query = db.Payments.AsNoTracking();
        if (!actor.IsStaff)
        {
            query = query.Where(p => p.CustomerId == actor.UserId);
        }
        else if (!actor.IsAnyOf(Roles.Accountant, Roles.CsManager))
        {
            throw new ForbiddenActionException(MoneyErrors.RoleNotAllowed, "Only accountants and the CS manager see payments.");
        }

        if (status is { } s)
        {
            query = query.Where(p => p.Status == s);
        }

        if (orderId is { } id)
        {
            query = query.Where(p => p.OrderId == id);
        }

        var total = await query.CountAsync(ct);
        var items = await Project(query).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedResult<PaymentDto>(items, total, page, pageSize);
    }

    public async Task<PaymentDto> ConfirmAsync(Actor actor, Guid paymentId, CancellationToken ct) =>
        await db.InTransactionAsync(async () =>
        {
            var payment = await LoadAsync(paymentId, ct);
            var order = await db.LoadForUpdateAsync(payment.OrderId, actor, null, ct);
            if (Domain.Orders.OrderLifecycle.IsTerminal(order.Status) && order.Status != Domain.Orders.OrderStatus.Completed)
            {
                throw new DomainException("payment.order_closed", $"Order {order.Code} is {order.Status}; reject this payment and return the money instead.");
            }

            var now = clock.GetUtcNow();
            await ledger.PostAsync(payment.Settle(actor, order.Code, now), ct);
            order.RecordPayment(actor, Domain.Money.Money.Vnd(payment.AmountVnd), now);
            // Two transfers for the same balance both arrive: the second overpays, and the excess is the customer's.
            await charges.RefundExcessAsync(actor, order, null, now, ct);
            await db.SaveChangesAsync(ct);
            return await GetAsync(paymentId, ct);
        }, ct);

    public async Task<PaymentDto> RejectAsync(Actor actor, Guid paymentId, RejectCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var payment = await LoadAsync(paymentId, ct);
        payment.Reject(actor, command.Reason, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await GetAsync(paymentId, ct);
    }

    private async Task<Payment> LoadAsync(Guid id, CancellationToken ct) =>
        await db.Payments.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("Payment", id.ToString());

    private async Task<PaymentDto> GetAsync(Guid id, CancellationToken ct) =>
        await Project(db.Payments.AsNoTracking().Where(p => p.Id == id)).FirstAsync(ct);

    private IQueryable<PaymentDto> Project(IQueryable<Payment> payments) =>
        from p in payments
        join o in db.Orders on p.OrderId equals o.Id
        orderby p.RequestedAt descending, p.Id descending
        select new PaymentDto(p.Id, p.OrderId, o.Code, p.CustomerId, o.CustomerName, p.AmountVnd, p.Method, p.Reference, p.Status,
            p.RequestedAt, p.RequestedByName, p.DecidedAt, p.DecidedByName, p.RejectReason);
}
