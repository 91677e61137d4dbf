using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>
/// Confirms top-ups from a bank statement: an incoming transfer whose message carries a customer code
/// (<c>KH000123</c>) confirms that customer's pending bank top-up of the same amount, or records and
/// confirms a new one. Everything else is listed for the accountant. A line already imported is skipped,
/// so importing the same statement twice changes nothing, also when both imports run at once: a line's
/// fingerprint is unique in the database, and the import that loses the race is undone and run again, when
/// it finds the winner's lines already imported.
/// </summary>
public sealed partial class ImportBankStatement(OrdoDbContext db, Ledger ledger, TimeProvider clock)
{
    private const int MaxAttempts = 3;

    public sealed record LineOutcome(int Row, decimal Amount, string Description, string Outcome, string? CustomerCode, Guid? TopUpId);

    public sealed record Result(int Confirmed, int Created, int Unmatched, int AlreadyImported, IReadOnlyList<LineOutcome> Lines);

    public async Task<Result> HandleAsync(Actor actor, IReadOnlyList<BankStatementLine> lines, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (!actor.IsAnyOf(Roles.Accountant))
        {
            throw new ForbiddenActionException(MoneyErrors.RoleNotAllowed, "Only accountants import bank statements.");
        }

        if (lines.Count == 0)
        {
            throw new DomainValidationException("file", "contains no statement lines");
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await db.InTransactionAsync(() => ImportAsync(actor, lines, ct), ct);
            }
            catch (Exception ex) when (ex is DbUpdateException or ConcurrencyConflictException && attempt < MaxAttempts)
            {
                // A concurrent import committed a line of this statement first (its fingerprint, or the pending top-up
                // it confirmed, is taken): everything this attempt did is rolled back; the next one sees those lines.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<Result> ImportAsync(Actor actor, IReadOnlyList<BankStatementLine> lines, CancellationToken ct)
    {
        var outcomes = new List<LineOutcome>();
        var now = clock.GetUtcNow();
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var confirmed = new HashSet<Guid>();
        foreach (var line in lines)
        {
            var basis = FingerprintBasis(line);
            var occurrence = occurrences[basis] = occurrences.GetValueOrDefault(basis) + 1;
            outcomes.Add(await ImportLineAsync(actor, line, Fingerprint(line, basis, occurrence), confirmed, now, ct));
        }

        await db.SaveChangesAsync(ct);
        return new Result(
            outcomes.Count(o => o.Outcome == "confirmed"), outcomes.Count(o => o.Outcome == "created"),
            outcomes.Count(o => o.Outcome == "unmatched"), outcomes.Count(o => o.Outcome == "already-imported"), outcomes);
    }

    private async Task<LineOutcome> ImportLineAsync(
        Actor actor, BankStatementLine line, string fingerprint, HashSet<Guid> confirmed, DateTimeOffset now, CancellationToken ct)
    {
        var code = CustomerCodePattern().Match(line.Description.ToUpperInvariant()) is { Success: true } m ? m.Value : null;
        if (line.Amount <= 0 || decimal.Round(line.Amount, 0) != line.Amount || code is null)
        {
            return new LineOutcome(line.Row, line.Amount, line.Description, "unmatched", code, null);
        }

        var customerId = await db.Users.Where(u => u.CustomerCode == code).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        if (customerId is null)
        {
            return new LineOutcome(line.Row, line.Amount, line.Description, "unmatched", code, null);
        }

        if (await db.TopUps.AnyAsync(t => t.StatementReference == fingerprint, ct) || db.TopUps.Local.Any(t => t.StatementReference == fingerprint))
        {
            return new LineOutcome(line.Row, line.Amount, line.Description, "already-imported", code, null);
        }

        var pending = await db.TopUps
            .Where(t => t.CustomerId == customerId && t.Status == TopUpStatus.Pending && t.Method == TopUpMethod.BankTransfer && t.AmountVnd == line.Amount)
            .Where(t => !confirmed.Contains(t.Id))
            .OrderBy(t => t.RequestedAt)
            .FirstOrDefaultAsync(ct);
        var topUp = pending;
        if (topUp is null)
        {
            topUp = TopUp.Request(customerId.Value, line.Amount, TopUpMethod.BankTransfer, line.Description.Length > 200 ? line.Description[..200] : line.Description, line.Date ?? now);
            db.TopUps.Add(topUp);
        }

        await ledger.PostAsync(topUp.Confirm(actor, line.Amount, now, fingerprint), ct);
        confirmed.Add(topUp.Id);
        return new LineOutcome(line.Row, line.Amount, line.Description, pending is null ? "created" : "confirmed", code, topUp.Id);
    }

    /// <summary>
    /// The bank's own reference when it gives one, else a hash of date, amount and message, and of the line's place
    /// among identical lines of the statement: two equal transfers on one day are two lines, and importing the
    /// statement (or a longer one holding it) again finds each of them once. The first keeps the plain hash of
    /// earlier versions, so lines imported before still read as imported.
    /// </summary>
    private static string Fingerprint(BankStatementLine line, string basis, int occurrence)
    {
        if (!string.IsNullOrWhiteSpace(line.Reference))
        {
            return "BANK:" + line.Reference.Trim();
        }

        var text = occurrence == 1 ? basis : string.Create(CultureInfo.InvariantCulture, $"{basis}|{occurrence}");
        return "BANK#" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    private static string FingerprintBasis(BankStatementLine line) => $"{line.Date:O}|{line.Amount}|{line.Description.Trim()}";

    /// <summary>
    /// <c>KH</c> and the whole run of digits after it, which must be a customer's code exactly: <c>KH0001234</c> is not
    /// <c>KH000123</c>. Letters may touch it (bank apps often glue the message together), digits may not.
    /// </summary>
    [GeneratedRegex("(?<![0-9])KH[0-9]{6,}", RegexOptions.CultureInvariant)]
    private static partial Regex CustomerCodePattern();
}
