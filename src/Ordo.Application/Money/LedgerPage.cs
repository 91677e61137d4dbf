namespace Ordo.Application.Money;

/// <summary>
/// A period of some ledger accounts: the signed sums of their lines before it (<see cref="OpeningSum"/>) and up to
/// its end (<see cref="ClosingSum"/>), what came in (debits) and went out (credits) in it, how many lines it has,
/// and one page of those lines, newest first.
/// </summary>
public sealed record LedgerPage(decimal OpeningSum, decimal ClosingSum, decimal Debits, decimal Credits, int Total, IReadOnlyList<LedgerLine> Lines);
