namespace Ordo.Web.Common;

/// <summary>
/// SQLite has one writer. Requests that hold a write transaction for their whole length (keyed writes, see
/// <see cref="IdempotencyMiddleware"/>) take turns here, promptly and in arrival order, instead of polling the
/// file lock against each other until one gives up at the busy timeout.
/// </summary>
internal sealed class SqliteWriteTurns : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public async Task<T> TakeAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _turn.WaitAsync(ct);
        try
        {
            return await work();
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose() => _turn.Dispose();
}
