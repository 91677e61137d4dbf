using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ordo.Api.Tests.Hosting;

/// <summary>
/// Counts the database commands (round trips) run while serving the requests that carry <see cref="Header"/>,
/// per header value, so a test can bound what one use case costs while other tests run beside it.
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    public const string Header = "X-Test-Command-Probe";

    private readonly HttpContextAccessor _http = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _commands = new(StringComparer.Ordinal);

    /// <summary>The text of each command run for <paramref name="probe"/>, in order (a failing bound shows them).</summary>
    public IReadOnlyList<string> Of(string probe) => _commands.TryGetValue(probe, out var commands) ? [.. commands] : [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Counted(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Counted(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Counted(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(command, result));

    private T Counted<T>(DbCommand command, T result)
    {
        if (_http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } probe)
        {
            _commands.GetOrAdd(probe, _ => new ConcurrentQueue<string>()).Enqueue(command.CommandText);
        }

        return result;
    }
}
