using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>
/// Confirms top-ups from a bank statement: an incoming transfer whose message carries a customer code
/// (<c>KH000123</c>) confirms that customer's pending bank top-up of the same amount, or records and
/// confirms a new one. Everything else is listed for the accountant. A line already imported is skipped,
/// so importing the same statement twice changes nothing.
/// </summary>
public sealed partial class ImportBankStatement(OrdoDbContext db, Ledger ledger, TimeProvider clock)
{
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

        return await db.InTransactionAsync(async () =>
        {
            var outcomes = new List<LineOutcome>();
            var now = clock.GetUtcNow();
            foreach (var line in lines)
            {
                outcomes.Add(await ImportLineAsync(actor, line, now, ct));
            }

            await db.SaveChangesAsync(ct);
            return new Result(
                outcomes.Count(o => o.Outcome == "confirmed"), outcomes.Count(o => o.Outcome == "created"),
                outcomes.Count(o => o.Outcome == "unmatched"), outcomes.Count(o => o.Outcome == "already-imported"), outcomes);
        }, ct);
    }

    private async Task<LineOutcome> ImportLineAsync(Actor actor, BankStatementLine line, DateTimeOffset now, CancellationToken ct)
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

        var fingerprint = Fingerprint(line);
        if (await db.TopUps.AnyAsync(t => t.StatementReference == fingerprint, ct) || db.TopUps.Local.Any(t => t.StatementReference == fingerprint))
        {
            return new LineOutcome(line.Row, line.Amount, line.Description, "already-imported", code, null);
        }

        var pending = await db.TopUps
            .Where(t => t.CustomerId == customerId && t.Status == TopUpStatus.Pending && t.Method == TopUpMethod.BankTransfer && t.AmountVnd == line.Amount)
            .OrderBy(t => t.RequestedAt)
            .FirstOrDefaultAsync(ct);
        var topUp = pending;
        if (topUp is null)
        {
            topUp = TopUp.Request(customerId.Value, line.Amount, TopUpMethod.BankTransfer, line.Description.Length > 200 ? line.Description[..200] : line.Description, line.Date ?? now);
            db.TopUps.Add(topUp);
        }

        await ledger.PostAsync(topUp.Confirm(actor, line.Amount, now, fingerprint), ct);
        return new LineOutcome(line.Row, line.Amount, line.Description, pending is null ? "created" : "confirmed", code, topUp.Id);
    }

    /// <summary>The bank's own reference when it gives one, else a hash of date, amount and message.</summary>
    private static string Fingerprint(BankStatementLine line)
    {
        if (!string.IsNullOrWhiteSpace(line.Reference))
        {
            return "BANK:" + line.Reference.Trim();
        }

        var text = $"{line.Date:O}|{line.Amount}|{line.Description.Trim()}";
        return "BANK#" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    [GeneratedRegex(@"KH\d{6}", RegexOptions.CultureInvariant)]
    private static partial Regex CustomerCodePattern();
}
