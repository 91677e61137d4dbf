using Microsoft.AspNetCore.Http.HttpResults;
using Ordo.Application.Common;
using Ordo.Application.Money;
using Ordo.Application.Money.Debts;
using Ordo.Domain.Common;
using Ordo.Domain.Money;
using Ordo.Infrastructure.Money;
using Ordo.Web.Common;

namespace Ordo.Web.Money;

/// <summary>Wallet, top-ups, deposits and order charges, the books, and the money settings.</summary>
internal static class MoneyEndpoints
{
    public static void MapMoneyEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").WithTags("Money").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/wallet", Wallet).WithName("GetWallet").WithDescription("A customer's own wallet; accountant, CS manager and admin pass customerId. Balance and pending top-ups.").WithSummary("Wallet balance and pending top-ups (staff pass customerId)");
        api.MapGet("/me/terms", MyTerms).WithName("GetMyTerms").WithSummary("Your own terms (customer)")
            .WithDescription("Your loyalty tier with its service-fee discount and deposit percent, the buying-fee percent agreed with you (null: the standard table), " +
                             "your customer group and the CNY→VND rate that applies to you now (null while no rate is set). Other customers' terms and other groups' rates are not shown.");
        api.MapGet("/wallet/statement", Statement).WithName("GetWalletStatement").WithDescription("A customer's own statement; accountant, CS manager and admin pass customerId. Movements with the running balance for a period, newest first, paged.").WithSummary("Wallet movements with running balance, newest first").ProducesValidationProblem();
        api.MapGet("/wallet/statement.xlsx", ExportStatement).WithName("ExportWalletStatement").WithDescription("As the statement: every movement of the period, oldest first, with the running balance, as an Excel workbook (.xlsx) to download, however many (past a sheet's 1,048,575 rows they go on in the next sheet), and a Summary sheet with the customer code, the period and the opening and closing balance.").WithSummary("The wallet statement for a period as an Excel workbook")
            .Produces<Stream>(StatusCodes.Status200OK, StatementExport.ContentType).ProducesValidationProblem();
        api.MapPost("/wallet/top-ups", RequestTopUp).WithName("RequestTopUp").WithDescription("Customers only. Announces money sent by bank transfer or brought to the office; it waits, pending, for an accountant to confirm what arrived.").WithSummary("Ask for a top-up by bank transfer or at the office (pending until confirmed)").ProducesValidationProblem();
        api.MapGet("/top-ups", ListTopUps).WithName("ListTopUps").WithDescription("Accountants see every top-up (status=Pending is their queue), a customer their own.").WithSummary("Top-ups: the accountant's queue (filter status=Pending), or the customer's own");
        api.MapPost("/top-ups/{id:guid}/confirm", ConfirmTopUp).WithName("ConfirmTopUp").WithDescription("Accountant. Confirms the amount that arrived: the wallet is credited by a ledger entry in the same transaction.").WithSummary("Confirm the amount received: credits the wallet (accountant)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/top-ups/{id:guid}/reject", RejectTopUp).WithName("RejectTopUp").WithDescription("Accountant. Rejects a pending top-up with a reason the customer sees.").WithSummary("Reject a top-up with a reason (accountant)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/ledger/trial-balance", TrialBalance).WithName("GetTrialBalance").WithDescription("Accountant (and admin). Debit and credit totals per ledger account and currency; each currency sums to zero.").WithSummary("Debit and credit totals per account and currency (accountant)");
        api.MapGet("/money-books/{book}", Book).WithName("GetMoneyBook").WithDescription("Accountant (and admin). The VN (VND) or CN (CNY) money book for a period: opening balance, totals in and out, closing balance, and its movements with the running balance, newest first, paged.").WithSummary("VN (VND) or CN (CNY) money book for a period (accountant)").ProducesValidationProblem();
        api.MapGet("/debts", Debts).WithName("GetDebts")
            .WithDescription("Accountant (and admin). What all deposited, still open orders owe together, and one page of customers with what each owes, the largest debt first. An order is a debt from its deposit until it is completed, cancelled or out of stock.")
            .WithSummary("What customers still owe, largest first, paged (accountant)").ProducesValidationProblem();
        api.MapGet("/debts/orders", OrderDebts).WithName("ListOrderDebts")
            .WithDescription("Accountant (and admin). The deposited, still open orders with what each costs, what was paid and what is due, the largest debt first, paged; customerId narrows it to one customer.")
            .WithSummary("What each open order still owes, largest first, paged (accountant)").ProducesValidationProblem();
        api.MapPost("/top-ups/import", ImportStatement).WithName("ImportBankStatement").WithDescription("Accountant. Reads a bank statement (.xlsx or .csv, multipart field 'file'); lines whose message carries a customer code confirm a top-up once, however often the file is imported.").WithSummary("Import a bank statement (.xlsx or .csv): confirms top-ups whose message carries a customer code (accountant)")
            .DisableAntiforgery().ProducesValidationProblem();
        api.MapPost("/wallet/withdrawals", RequestWithdrawal).WithName("RequestWithdrawal").WithDescription("Customers only. Asks to pay wallet money out to a bank account; it waits for an accountant.").WithSummary("Ask to pay wallet money out to a bank account").ProducesValidationProblem();
        api.MapGet("/withdrawals", ListWithdrawals).WithName("ListWithdrawals").WithDescription("Accountants see every withdrawal, a customer their own.").WithSummary("Withdrawals: the accountant's queue, or the customer's own");
        api.MapPost("/withdrawals/{id:guid}/pay", PayWithdrawal).WithName("PayWithdrawal").WithDescription("Accountant. Records the payout: the wallet is debited, never below zero.").WithSummary("Pay a withdrawal out (accountant): debits the wallet")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/withdrawals/{id:guid}/reject", RejectWithdrawal).WithName("RejectWithdrawal").WithDescription("Accountant. Rejects a pending withdrawal with a reason the customer sees.").WithSummary("Reject a withdrawal with a reason (accountant)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal static async Task<Ok<WalletQueries.WalletDto>> Wallet(HttpContext context, WalletQueries wallets, Guid? customerId, CancellationToken ct) =>
        TypedResults.Ok(await wallets.GetAsync(context.Actor(), customerId, ct));

    internal static async Task<Ok<CustomerOwnTerms.TermsDto>> MyTerms(HttpContext context, CustomerOwnTerms terms, CancellationToken ct) =>
        TypedResults.Ok(await terms.GetAsync(context.Actor(), ct));

    internal static async Task<Ok<WalletQueries.Statement>> Statement(
        HttpContext context, WalletQueries wallets, Guid? customerId, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await wallets.StatementAsync(context.Actor(), customerId, from, to, page ?? 1, pageSize ?? 50, ct));

    /// <summary>
    /// The workbook is written to a temporary file as the lines stream from the database (a zip must be finished
    /// before it is sent), then sent from that file, which is deleted when the response closes it.
    /// </summary>
    internal static async Task<FileStreamHttpResult> ExportStatement(
        HttpContext context, WalletQueries wallets, Guid? customerId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct)
    {
        var statement = await wallets.DownloadAsync(context.Actor(), customerId, from, to, ct);
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"ordo-statement-{Guid.NewGuid():N}.xlsx"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await StatementExport.WriteAsync(file, statement, ct: ct);
            file.Position = 0;
            return TypedResults.File(file, StatementExport.ContentType, "wallet-statement.xlsx");
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    internal static async Task<Created<TopUpDto>> RequestTopUp(HttpContext context, TopUps topUps, TopUps.RequestCommand command, CancellationToken ct)
    {
        var topUp = await topUps.RequestAsync(context.Actor(), command, ct);
        return TypedResults.Created($"/api/top-ups/{topUp.Id}", topUp);
    }

    internal static async Task<Ok<PagedResult<TopUpDto>>> ListTopUps(HttpContext context, TopUps topUps, TopUpStatus? status, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await topUps.ListAsync(context.Actor(), status, page ?? 1, pageSize ?? 50, ct));

    internal static async Task<Ok<TopUpDto>> ConfirmTopUp(HttpContext context, TopUps topUps, Guid id, TopUps.ConfirmCommand command, CancellationToken ct) =>
        TypedResults.Ok(await topUps.ConfirmAsync(context.Actor(), id, command, ct));

    internal static async Task<Ok<TopUpDto>> RejectTopUp(HttpContext context, TopUps topUps, Guid id, TopUps.RejectCommand command, CancellationToken ct) =>
        TypedResults.Ok(await topUps.RejectAsync(context.Actor(), id, command, ct));



    internal static async Task<Ok<ImportBankStatement.Result>> ImportStatement(HttpContext context, ImportBankStatement import, IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            throw new DomainValidationException("file", "is required (multipart field 'file')");
        }

        if (file.Length > BankStatementReader.MaxBytes)
        {
            throw new DomainValidationException("file", $"must be at most {BankStatementReader.MaxBytes / 1024 / 1024} MB");
        }

        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        stream.Position = 0;
        return TypedResults.Ok(await import.HandleAsync(context.Actor(), BankStatementReader.Read(stream, file.FileName), ct));
    }

    internal static async Task<Created<Withdrawals.WithdrawalDto>> RequestWithdrawal(HttpContext context, Withdrawals withdrawals, Withdrawals.RequestCommand command, CancellationToken ct)
    {
        var withdrawal = await withdrawals.RequestAsync(context.Actor(), command, ct);
        return TypedResults.Created($"/api/withdrawals/{withdrawal.Id}", withdrawal);
    }

    internal static async Task<Ok<PagedResult<Withdrawals.WithdrawalDto>>> ListWithdrawals(HttpContext context, Withdrawals withdrawals, PaymentStatus? status, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await withdrawals.ListAsync(context.Actor(), status, page ?? 1, pageSize ?? 50, ct));

    internal static async Task<Ok<Withdrawals.WithdrawalDto>> PayWithdrawal(HttpContext context, Withdrawals withdrawals, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await withdrawals.PayAsync(context.Actor(), id, ct));

    internal static async Task<Ok<Withdrawals.WithdrawalDto>> RejectWithdrawal(HttpContext context, Withdrawals withdrawals, Guid id, Withdrawals.RejectCommand command, CancellationToken ct) =>
        TypedResults.Ok(await withdrawals.RejectAsync(context.Actor(), id, command, ct));

    internal static async Task<Ok<LedgerReports.TrialBalance>> TrialBalance(HttpContext context, LedgerReports reports, CancellationToken ct) =>
        TypedResults.Ok(await reports.TrialBalanceAsync(context.Actor(), ct));

    internal static async Task<Ok<LedgerReports.MoneyBook>> Book(
        HttpContext context, LedgerReports reports, string book, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await reports.BookAsync(context.Actor(), book, from, to, page ?? 1, pageSize ?? 50, ct));

    internal static async Task<Ok<DebtReports.DebtSummary>> Debts(HttpContext context, DebtReports debts, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await debts.SummaryAsync(context.Actor(), page ?? 1, pageSize ?? 50, ct));

    internal static async Task<Ok<PagedResult<DebtReports.OrderDebt>>> OrderDebts(
        HttpContext context, DebtReports debts, Guid? customerId, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await debts.OrdersAsync(context.Actor(), customerId, page ?? 1, pageSize ?? 50, ct));
}
