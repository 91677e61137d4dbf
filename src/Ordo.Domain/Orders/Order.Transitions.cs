using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders.Events;

namespace Ordo.Domain.Orders;

public sealed partial class Order
{
    /// <summary>The customer (or customer care) changes the order before it is approved.</summary>
    public void EditPurchase(Actor actor, IReadOnlyList<(Guid? LineId, ProductDetails Product)> lines, OrderOptions options, string? note, DateTimeOffset now)
    {
        EnsureEditable(actor, OrderKind.Purchase);
        if (lines.Count == 0)
        {
            throw new DomainValidationException("lines", "must contain at least one line");
        }

        // One pass with lookups, not a scan per line: an edit costs as much as its lines.
        var check = new Check();
        var existing = _lines.ToDictionary(l => l.Id);
        var kept = new HashSet<Guid>();
        for (var i = 0; i < lines.Count; i++)
        {
            var (lineId, product) = lines[i];
            check.That(product.Marketplace == Marketplace && SameShop(product.ShopId, ShopId!), $"lines[{i}].shopId", "must be the order's shop");
            if (lineId is { } id)
            {
                check.That(existing.ContainsKey(id), $"lines[{i}].id", "is not a line of this order")
                    .That(kept.Add(id), $"lines[{i}].id", "is listed twice");
            }
        }

        check.ThrowIfAny();
        _lines.RemoveAll(l => !kept.Contains(l.Id));
        foreach (var (lineId, product) in lines)
        {
            if (lineId is { } id)
            {
                existing[id].Change(product);
            }
            else
            {
                _lines.Add(new OrderLine(product));
            }
        }

        FinishEdit(actor, options, note, now);
    }

    public void EditShipping(Actor actor, IReadOnlyList<ShippingItemDetails> items, OrderOptions options, string? note, DateTimeOffset now)
    {
        EnsureEditable(actor, OrderKind.Shipping);
        EnsureItems(items);
        _shippingItems.Clear();
        _shippingItems.AddRange(items.Select(i => new ShippingItem(i)));
        FinishEdit(actor, options, note, now);
    }

    /// <summary>Customer care accepts the order; optionally assigns the CS staff who will handle it.</summary>
    public void Approve(Actor actor, StaffMember? csStaff, string? remark, DateTimeOffset now)
    {
        EnsureAllowed(actor, OrderAction.Approve);
        if (csStaff is not null)
        {
            EnsureCsStaff(csStaff);
        }

        MoveTo(OrderStatus.Approved, OrderHistoryAction.Approved, actor, Trimmed(remark), now, customerNotified: true);
        if (csStaff is not null)
        {
            SetCsStaff(actor, csStaff, now);
        }

        Raise(new OrderApproved(Id, Code, CustomerId, actor.UserId, CsStaffId, now));
    }

    public void Reject(Actor actor, string reason, DateTimeOffset now)
    {
        EnsureAllowed(actor, OrderAction.Reject);
        var why = RequireReason(reason);
        MoveTo(OrderStatus.Rejected, OrderHistoryAction.Rejected, actor, why, now, customerNotified: true);
        Raise(new OrderRejected(Id, Code, CustomerId, actor.UserId, why, now));
    }

    public void AssignCsStaff(Actor actor, StaffMember csStaff, DateTimeOffset now)
    {
        EnsureAllowed(actor, OrderAction.Assign);
        EnsureCsStaff(csStaff);
        SetCsStaff(actor, csStaff, now);
    }

    /// <summary>
    /// The customer may cancel until buying starts; staff (customer care, order manager) until the shop
    /// order is placed. Refunding a deposit is the money feature's reaction to <see cref="OrderCancelled"/>.
    /// </summary>
    public void Cancel(Actor actor, string reason, DateTimeOffset now)
    {
        var why = RequireReason(reason);
        EnsureAllowed(actor, OrderAction.Cancel);
        var byStaff = OrderRules.For(OrderAction.Cancel).IsStaffFor(actor);
        var from = Status;
        MoveTo(OrderStatus.Cancelled, OrderHistoryAction.Cancelled, actor, why, now, customerNotified: byStaff);
        Raise(new OrderCancelled(Id, Code, CustomerId, from, actor.UserId, why, now));
    }

    /// <summary>
    /// The shop cannot supply the order at all: buying staff (or customer care's manager) close it
    /// after the deposit. Returning what was paid is the money feature's reaction, as for a cancel.
    /// </summary>
    public void MarkOutOfStock(Actor actor, string reason, DateTimeOffset now)
    {
        var why = RequireReason(reason);
        EnsureAllowed(actor, OrderAction.OutOfStock);
        var from = Status;
        MoveTo(OrderStatus.OutOfStock, OrderHistoryAction.OutOfStock, actor, why, now, customerNotified: true);
        Raise(new OrderOutOfStock(Id, Code, CustomerId, from, actor.UserId, why, now));
    }

    private void EnsureEditable(Actor actor, OrderKind kind)
    {
        EnsureAllowed(actor, OrderAction.Edit);
        if (Kind != kind)
        {
            throw new DomainValidationException("kind", $"order {Code} is a {Kind} order");
        }
    }

    private void FinishEdit(Actor actor, OrderOptions options, string? note, DateTimeOffset now)
    {
        Options = options;
        CustomerNote = Trimmed(note);
        UpdatedAt = now;
        Reindex();
        AppendHistory(OrderHistoryAction.Edited, Status, Status, actor, null, now, customerNotified: false);
        Raise(new OrderEdited(Id, Code, CustomerId, actor.UserId, now));
    }

    private void SetCsStaff(Actor actor, StaffMember csStaff, DateTimeOffset now)
    {
        CsStaffId = csStaff.Id;
        CsStaffName = csStaff.Name;
        UpdatedAt = now;
        AppendHistory(OrderHistoryAction.CsStaffAssigned, Status, Status, actor, csStaff.Name, now, customerNotified: false);
        Raise(new CsStaffAssigned(Id, Code, CustomerId, csStaff.Id, actor.UserId, now));
    }

    private void MoveTo(OrderStatus to, OrderHistoryAction action, Actor actor, string? remark, DateTimeOffset now, bool customerNotified)
    {
        if (!OrderLifecycle.CanMove(Kind, Status, to))
        {
            throw new DomainException(OrderErrors.IllegalTransition, $"Order {Code} cannot go from {Status} to {to}.");
        }

        AppendHistory(action, Status, to, actor, remark, now, customerNotified);
        Status = to;
        StatusRank = OrderLifecycle.Rank(to);
        UpdatedAt = now;
    }

    private static void EnsureCsStaff(StaffMember staff)
    {
        if (!staff.IsActive || !(staff.Roles.Contains(Roles.CsStaff) || staff.Roles.Contains(Roles.CsManager)))
        {
            throw new DomainValidationException("csStaffId", "must be an active customer-care staff member");
        }
    }

    private static string RequireReason(string? reason)
    {
        var check = new Check().Required(reason, "reason", MaxReasonLength);
        check.ThrowIfAny();
        return reason!.Trim();
    }
}
