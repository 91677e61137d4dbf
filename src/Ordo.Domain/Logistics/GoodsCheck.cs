using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics.Events;

namespace Ordo.Domain.Logistics;

/// <summary>
/// A check (tally) task: the forwarding manager sets one for an order that bought inspection; a checker in Vietnam
/// counts each line and records missing, excess, wrong or damaged items, with photos and a note. A mismatch is raised
/// for complaints to pick up.
/// </summary>
public sealed class GoodsCheck : AggregateRoot
{
    public const int MaxNoteLength = 1000;
    public const int MaxPhotos = 10;

    private readonly List<CheckLine> _lines = [];
    private readonly List<Guid> _photoIds = [];

    private GoodsCheck()
    {
        Code = OrderCode = CreatedByName = string.Empty;
    }

    public string Code { get; private init; }

    public Guid OrderId { get; private init; }

    public string OrderCode { get; private init; }

    public Guid CustomerId { get; private init; }

    public CheckStatus Status { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset CreatedAt { get; private init; }

    public string CreatedByName { get; private init; }

    public DateTimeOffset? CheckedAt { get; private set; }

    public Guid? CheckedById { get; private set; }

    public string? CheckedByName { get; private set; }

    public IReadOnlyList<CheckLine> Lines => _lines;

    public IReadOnlyList<Guid> PhotoIds => _photoIds;

    /// <summary>An order that bought inspection, with its lines (name, quantity) as bought.</summary>
    public static GoodsCheck Create(
        Actor actor, string code, Guid orderId, string orderCode, Guid customerId, bool inspectionBought,
        IReadOnlyList<(Guid LineId, string Name, int Quantity)> lines, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lines);
        LogisticsRules.EnsureMayManageForwarding(actor);
        if (!inspectionBought)
        {
            throw new DomainException(LogisticsErrors.NoInspection, $"Order {orderCode} did not buy a check of its goods.");
        }

        var check = new GoodsCheck
        {
            Code = code, OrderId = orderId, OrderCode = orderCode, CustomerId = customerId, Status = CheckStatus.Open,
            CreatedAt = now, CreatedByName = actor.Name,
        };
        check._lines.AddRange(lines.Select(l => new CheckLine(l.LineId, l.Name, l.Quantity, null, 0, 0)));
        return check;
    }

    /// <summary>The checker's count of every line, with a note and photos; passed when every line is as bought.</summary>
    public void Record(Actor actor, IReadOnlyList<CheckCount> counts, string? note, IReadOnlyList<Guid> photoIds, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(photoIds);
        LogisticsRules.EnsureMayWorkInVietnam(actor);
        if (Status != CheckStatus.Open)
        {
            throw new DomainException(LogisticsErrors.CheckNotOpen, $"Check {Code} was recorded already ({Status}).");
        }

        var check = new Check().MaxLength(note, "note", MaxNoteLength)
            .That(photoIds.Count <= MaxPhotos, "photoIds", $"must hold at most {MaxPhotos} photos");
        var byLine = new Dictionary<Guid, CheckCount>();
        for (var i = 0; i < counts.Count; i++)
        {
            var count = counts[i];
            var known = count is not null && _lines.Any(l => l.LineId == count.LineId);
            check.That(known, $"lines[{i}].lineId", "is not a line of this check");
            if (!known)
            {
                continue;
            }

            check.That(byLine.TryAdd(count!.LineId, count), $"lines[{i}].lineId", "is counted twice")
                .That(count.Counted is >= 0 and <= 1_000_000, $"lines[{i}].counted", "is required, between 0 and 1000000")
                .That(count.Wrong is null or >= 0, $"lines[{i}].wrong", "must not be negative")
                .That(count.Damaged is null or >= 0, $"lines[{i}].damaged", "must not be negative")
                .That((count.Wrong ?? 0) + (count.Damaged ?? 0) <= (count.Counted ?? 0), $"lines[{i}].damaged", "wrong and damaged items are among those counted");
        }

        check.That(_lines.All(l => byLine.ContainsKey(l.LineId)), "lines", "must count every line of the order");
        check.ThrowIfAny();
        for (var i = 0; i < _lines.Count; i++)
        {
            var count = byLine[_lines[i].LineId];
            _lines[i] = _lines[i] with { Counted = count.Counted, Wrong = count.Wrong ?? 0, Damaged = count.Damaged ?? 0 };
        }

        _photoIds.Clear();
        _photoIds.AddRange(photoIds.Distinct());
        (Note, CheckedAt, CheckedById, CheckedByName) = (string.IsNullOrWhiteSpace(note) ? null : note.Trim(), now, actor.UserId, actor.Name);
        Status = _lines.Any(l => l.IsMismatch) ? CheckStatus.Mismatch : CheckStatus.Passed;
        if (Status == CheckStatus.Mismatch)
        {
            Raise(new CheckMismatchRecorded(
                Id, Code, OrderId, CustomerId, _lines.Sum(l => l.Missing), _lines.Sum(l => l.Excess), _lines.Sum(l => l.Wrong), _lines.Sum(l => l.Damaged), Note, now));
        }
    }
}
