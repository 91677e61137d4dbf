namespace Ordo.Api.Tests.Contract;

/// <summary>
/// One line of <see cref="AccessTable"/>: the operation and the answer of each caller in
/// the column order of <see cref="Caller"/>, as <c>ok</c> (<see cref="Answer.Allowed"/>), <c>401</c>, <c>403</c> or <c>404</c>.
/// <paramref name="Body"/> replaces the minimal <c>{}</c> and <paramref name="Query"/> is added to the path where a use
/// case checks its input before the caller's role; both may name <c>{ownerId}</c> and <c>{csStaffId}</c>.
/// </summary>
public sealed record AccessRule(string OperationId, string Expected, string? Body = null, string? Query = null)
{
    public IReadOnlyDictionary<Caller, Answer> Answers
    {
        get
        {
            var tokens = Expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var callers = Enum.GetValues<Caller>();
            if (tokens.Length != callers.Length)
            {
                throw new InvalidOperationException($"{OperationId}: {tokens.Length} answers for {callers.Length} callers ({string.Join(" ", callers)}).");
            }

            return callers.Zip(tokens).ToDictionary(c => c.First, c => Parse(OperationId, c.Second));
        }
    }

    public static string Token(Answer answer) => answer switch
    {
        Answer.Allowed => "ok",
        Answer.Unauthorized => "401",
        Answer.Forbidden => "403",
        Answer.NotFound => "404",
        _ => "???",
    };

    private static Answer Parse(string operationId, string token) => token switch
    {
        "ok" => Answer.Allowed,
        "401" => Answer.Unauthorized,
        "403" => Answer.Forbidden,
        "404" => Answer.NotFound,
        _ => throw new InvalidOperationException($"{operationId}: '{token}' is not ok, 401, 403 or 404."),
    };
}
