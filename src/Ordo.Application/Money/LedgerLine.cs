using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>
/// One journal line of the accounts read, with its entry's details and <see cref="Sum"/>: the signed sum of the
/// accounts' lines up to and including this one (debit positive), from which each view derives its balance.
/// </summary>
public sealed record LedgerLine(
    Guid LineId, Guid EntryId, DateTimeOffset At, JournalEntryKind Kind, string Description, string? Memo, Guid? OrderId,
    LedgerAccountKind Account, decimal Amount, decimal Sum);
