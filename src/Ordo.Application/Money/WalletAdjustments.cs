using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>An administrator corrects money only by new entries: an adjustment with a reason, or a reversal.</summary>
public sealed class WalletAdjustments(OrdoDbContext db, Ledger ledger, TimeProvider clock)
{
    public sealed record AdjustCommand(Guid? CustomerId, decimal AmountVnd, string? Reason);

    public sealed record ReverseCommand(string? Reason);

    public sealed record EntryDto(Guid Id, JournalEntryKind Kind, string Description, DateTimeOffset OccurredAt, string CreatedBy, Guid? ReversesId);

    /// <summary>Positive amounts credit the wallet, negative debit it (never below zero).</summary>
    public async Task<EntryDto> AdjustAsync(Actor actor, AdjustCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        JournalEntry.EnsureMayCorrect(actor);
        if (command.CustomerId is not { } customerId)
        {
            throw new DomainValidationException("customerId", "is required");
        }

        var entry = JournalEntry.AdjustWallet(actor, customerId, command.AmountVnd, command.Reason, clock.GetUtcNow());
        if (!await db.Users.AnyAsync(u => u.Id == customerId, ct))
        {
            throw new NotFoundException("Customer", customerId.ToString());
        }

        return await db.InTransactionAsync(async () =>
        {
            await ledger.PostAsync(entry, ct);
            await db.SaveChangesAsync(ct);
            return ToDto(entry);
        }, ct);
    }

    public async Task<EntryDto> ReverseAsync(Actor actor, Guid entryId, ReverseCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        JournalEntry.EnsureMayCorrect(actor);
        return await db.InTransactionAsync(async () =>
        {
            var entry = await db.JournalEntries.Include(e => e.Lines).FirstOrDefaultAsync(e => e.Id == entryId, ct)
                        ?? throw new NotFoundException("Journal entry", entryId.ToString());
            var reversal = entry.Reverse(actor, command.Reason ?? string.Empty, clock.GetUtcNow());
            await ledger.PostAsync(reversal, ct);
            await db.SaveChangesAsync(ct);
            return ToDto(reversal);
        }, ct);
    }

    private static EntryDto ToDto(JournalEntry e) => new(e.Id, e.Kind, e.Description, e.OccurredAt, e.CreatedByName, e.ReversesId);
}
