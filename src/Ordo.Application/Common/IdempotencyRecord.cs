namespace Ordo.Application.Common;

/// <summary>
/// The first answer to a write sent with an Idempotency-Key; a retry gets this answer again until the key's
/// lifetime (<c>Ordo:Idempotency:KeyLifetime</c>) has passed. Endpoints whose request or answer holds a
/// secret (sign-in, registration, staff accounts with a password) take no key, so none is ever stored here.
/// </summary>
public sealed class IdempotencyRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Key { get; init; }

    /// <summary>The caller (<see cref="Guid.Empty"/> when not signed in); keys are scoped per caller so two users cannot collide.</summary>
    public Guid? UserId { get; init; }

    public required string Method { get; init; }

    public required string Path { get; init; }

    /// <summary>SHA-256 of method, path and body: the same key with another request is refused.</summary>
    public required string RequestHash { get; init; }

    /// <summary>
    /// 0 while the first request runs. The reservation and the answer commit in one transaction, so no other
    /// request sees a 0; one committed by an older version of the middleware is retried after the in-progress timeout.
    /// </summary>
    public int StatusCode { get; set; }

    public string? ContentType { get; set; }

    public byte[]? Body { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
