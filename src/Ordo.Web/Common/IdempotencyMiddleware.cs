using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Identity;
using Ordo.Application.Settings;

namespace Ordo.Web.Common;

/// <summary>
/// A write sent again with the same <c>Idempotency-Key</c> gets the first answer again instead of being done
/// twice; the same key with a different request is refused. The key's reservation, the work and the stored
/// answer are one transaction on the request's own <see cref="OrdoDbContext"/>: all three commit or none
/// does. A retry after a timeout or a crash therefore finds the answer of the work that was done, or no trace
/// of work that was not, and a key is free again exactly when nothing was committed (an exception, a 5xx, a
/// dead server). A copy racing the first waits at the key's unique index (PostgreSQL) or the write lock
/// (SQLite) until the first commits, then replays its answer. A key older than
/// <see cref="IdempotencyOptions.KeyLifetime"/> counts as absent.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next, TimeProvider clock, IOptionsMonitor<IdempotencyOptions> options, SqliteWriteTurns turns)
{
    public const string HeaderName = "Idempotency-Key";
    private const int MaxKeyLength = 200;
    private const int MaxReservationAttempts = 3;

    /// <summary>PostgreSQL's lock_timeout ran out.</summary>
    private const string LockNotAvailable = "55P03";

    /// <summary>
    /// The owner of keys sent without a sign-in. Anonymous callers share one key space: with a NULL owner the
    /// unique (owner, key) index would never see the replay, and the request would run again.
    /// </summary>
    private static readonly Guid AnonymousCaller = Guid.Empty;

    public async Task InvokeAsync(HttpContext context, OrdoDbContext db)
    {
        var request = context.Request;
        if (!request.Headers.TryGetValue(HeaderName, out var values) || !IsWrite(request.Method) || !request.Path.StartsWithSegments("/api")
            || !Idempotency.TakesKeys(context.GetEndpoint()))
        {
            await next(context);
            return;
        }

        var key = values.ToString().Trim();
        if (key.Length is 0 or > MaxKeyLength)
        {
            await WriteProblemAsync(context, StatusCodes.Status400BadRequest, "idempotency_key_invalid", $"The {HeaderName} header must be 1 to {MaxKeyLength} characters.");
            return;
        }

        var hash = await HashAsync(request);
        if (!db.IsSqlite)
        {
            await RunOnceAsync(context, db, key, hash);
            return;
        }

        await turns.TakeAsync(async () =>
        {
            await RunOnceAsync(context, db, key, hash);
            return true;
        }, context.RequestAborted);
    }

    private async Task RunOnceAsync(HttpContext context, OrdoDbContext db, string key, string hash)
    {
        var request = context.Request;
        var settings = options.CurrentValue;
        var userId = ActorFactory.FromPrincipal(context.User)?.UserId ?? AnonymousCaller;
        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        var (reserved, first) = await ReserveAsync(db, settings, () => new IdempotencyRecord
        {
            Key = key, UserId = userId, Method = request.Method, Path = request.Path + request.QueryString,
            RequestHash = hash, CreatedAt = clock.GetUtcNow(),
        }, context.RequestAborted);
        if (reserved is null)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await AnswerAsync(context, first, hash);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            // An exception leaves the transaction uncommitted: the work and the key vanish together.
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        if (response.StatusCode >= 500)
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        else
        {
            var location = response.Headers.Location.ToString() is { Length: > 0 } l ? l : null;
            var etag = response.Headers.ETag.ToString() is { Length: > 0 } e ? e : null;
            await RecordAnswerAsync(db, reserved.Id, response.StatusCode, response.ContentType, buffer.ToArray(), location, etag);
            await transaction.CommitAsync(CancellationToken.None);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>
    /// The new reservation, or (when the key is taken) the first request's record, null while it runs. The reservation
    /// is one statement that skips a taken key (<c>ON CONFLICT DO NOTHING</c>) rather than an insert that fails: a
    /// failed statement would abort a PostgreSQL transaction, and guarding it with a savepoint costs two more round trips.
    /// </summary>
    private async Task<(IdempotencyRecord? Reserved, IdempotencyRecord? First)> ReserveAsync(
        OrdoDbContext db, IdempotencyOptions settings, Func<IdempotencyRecord> create, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var record = create();
            switch (await TryReserveAsync(db, record, attempt == 1 ? settings.InProgressTimeout : null, ct))
            {
                case Reservation.Made:
                    return (record, null);
                case Reservation.WaitedTooLong:
                    return (null, null);
            }

            var first = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == record.UserId && r.Key == record.Key, ct);
            if (first is not null && IsCurrent(first, settings))
            {
                return (null, first);
            }

            if (attempt == MaxReservationAttempts)
            {
                throw new InvalidOperationException($"The {HeaderName} '{record.Key}' could not be reserved in {MaxReservationAttempts} attempts.");
            }

            // Expired, or left in progress by a request that died: the key counts as absent.
            if (first is not null)
            {
                await db.IdempotencyRecords.Where(r => r.Id == first.Id).ExecuteDeleteAsync(ct);
            }
        }
    }

    /// <summary>
    /// The answer, written into the reservation in the same transaction as the work. Plain SQL rather than
    /// <c>ExecuteUpdate</c>: that one's expression was taken apart for its parameters on every write request, a
    /// measurable share of an order's intake.
    /// </summary>
    private static Task<int> RecordAnswerAsync(OrdoDbContext db, Guid id, int status, string? contentType, byte[] body, string? location, string? etag) =>
        db.WithCommandAsync("""
            UPDATE "IdempotencyRecords" SET "StatusCode" = @status, "ContentType" = @type, "Body" = @body, "Location" = @location, "ETag" = @etag
            WHERE "Id" = @id
            """, command =>
        {
            command.AddMapped<IdempotencyRecord>(db, "@status", nameof(IdempotencyRecord.StatusCode), status);
            command.AddMapped<IdempotencyRecord>(db, "@type", nameof(IdempotencyRecord.ContentType), contentType);
            command.AddMapped<IdempotencyRecord>(db, "@body", nameof(IdempotencyRecord.Body), body);
            command.AddMapped<IdempotencyRecord>(db, "@location", nameof(IdempotencyRecord.Location), location);
            command.AddMapped<IdempotencyRecord>(db, "@etag", nameof(IdempotencyRecord.ETag), etag);
            command.AddMapped<IdempotencyRecord>(db, "@id", nameof(IdempotencyRecord.Id), id);
            return command.ExecuteNonQueryAsync(CancellationToken.None);
        }, CancellationToken.None);

    private enum Reservation { Made, Taken, WaitedTooLong }

    /// <summary>
    /// Inserts the reservation unless the caller's key is taken; a copy racing the first waits at the unique (owner, key)
    /// index until the first commits (then skips) or rolls back (then inserts). On PostgreSQL the same batch first limits
    /// that wait to the in-progress timeout (then the copy hears 409), and ends the transaction of a server that stopped
    /// answering after that long, which frees its key. SQLite's single writer already waits for the busy timeout.
    /// </summary>
    private static async Task<Reservation> TryReserveAsync(OrdoDbContext db, IdempotencyRecord record, TimeSpan? limitWaits, CancellationToken ct)
    {
        var sql = new System.Text.StringBuilder();
        if (limitWaits is { } timeout && !db.IsSqlite)
        {
            var milliseconds = (long)Math.Ceiling(timeout.TotalMilliseconds);
            sql.Append(CultureInfo.InvariantCulture, $"SET LOCAL lock_timeout = {milliseconds}; SET LOCAL idle_in_transaction_session_timeout = {milliseconds}; ");
        }

        sql.Append("""
            INSERT INTO "IdempotencyRecords" ("Id", "Key", "UserId", "Method", "Path", "RequestHash", "StatusCode", "CreatedAt")
            VALUES (@id, @key, @user, @method, @path, @hash, 0, @created)
            ON CONFLICT ("UserId", "Key") DO NOTHING
            """);
        try
        {
            return await db.WithCommandAsync(sql.ToString(), async command =>
            {
                command.AddMapped<IdempotencyRecord>(db, "@id", nameof(IdempotencyRecord.Id), record.Id);
                command.AddMapped<IdempotencyRecord>(db, "@key", nameof(IdempotencyRecord.Key), record.Key);
                command.AddMapped<IdempotencyRecord>(db, "@user", nameof(IdempotencyRecord.UserId), record.UserId);
                command.AddMapped<IdempotencyRecord>(db, "@method", nameof(IdempotencyRecord.Method), record.Method);
                command.AddMapped<IdempotencyRecord>(db, "@path", nameof(IdempotencyRecord.Path), record.Path);
                command.AddMapped<IdempotencyRecord>(db, "@hash", nameof(IdempotencyRecord.RequestHash), record.RequestHash);
                command.AddMapped<IdempotencyRecord>(db, "@created", nameof(IdempotencyRecord.CreatedAt), record.CreatedAt);
                return await command.ExecuteNonQueryAsync(ct) == 1 ? Reservation.Made : Reservation.Taken;
            }, ct);
        }
        catch (System.Data.Common.DbException e) when (e.SqlState == LockNotAvailable)
        {
            return Reservation.WaitedTooLong;
        }
    }

    /// <summary>An expired key, or one left in progress past the timeout by a request that died, counts as absent.</summary>
    private bool IsCurrent(IdempotencyRecord record, IdempotencyOptions settings)
    {
        var age = clock.GetUtcNow() - record.CreatedAt;
        return age < settings.KeyLifetime && (record.StatusCode != 0 || age < settings.InProgressTimeout);
    }

    private static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static async Task<string> HashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private static async Task AnswerAsync(HttpContext context, IdempotencyRecord? first, string hash)
    {
        if (first is null || first.StatusCode == 0)
        {
            await WriteProblemAsync(context, StatusCodes.Status409Conflict, "idempotency_in_progress", "A request with this Idempotency-Key is being processed; retry in a moment.");
        }
        else if (first.RequestHash != hash)
        {
            await WriteProblemAsync(context, StatusCodes.Status422UnprocessableEntity, "idempotency_key_reused", "This Idempotency-Key was already used for a different request.");
        }
        else
        {
            context.Response.StatusCode = first.StatusCode;
            context.Response.Headers["Idempotent-Replayed"] = "true";
            if (first.ContentType is not null)
            {
                context.Response.ContentType = first.ContentType;
            }

            if (first.Location is not null)
            {
                context.Response.Headers.Location = first.Location;
            }

            if (first.ETag is not null)
            {
                context.Response.Headers[HeaderNames.ETag] = first.ETag;
            }

            if (first.Body is { Length: > 0 } body)
            {
                await context.Response.Body.WriteAsync(body, context.RequestAborted);
            }
        }
    }

    private static async Task WriteProblemAsync(HttpContext context, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = "Idempotency-Key", Detail = detail };
        problem.Extensions["code"] = code;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
