namespace Ordo.Api.Tests.Contract;

/// <summary>
/// The class of answer one caller gets from one operation in the authorization matrix.
/// <see cref="Allowed"/> means "past authorization": a 2xx, or a 400, 409 or 422, because the matrix sends a
/// deliberately minimal body (<c>{}</c> unless the row gives one) to a resource in its first state, so a use case that
/// let the caller in may still refuse the input or the step. 401, 403 and 404 are the refusals of who the caller is;
/// anything else (412, 415, 5xx) is never an expected answer.
/// </summary>
public enum Answer
{
    Allowed,
    Unauthorized,
    Forbidden,
    NotFound,
    Unexpected,
}
