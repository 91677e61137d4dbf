namespace Ordo.Application.Money;

/// <summary>One row of a bank statement: money in (positive) or out, with the transfer's message.</summary>
public sealed record BankStatementLine(int Row, DateTimeOffset? Date, decimal Amount, string Description, string? Reference);
