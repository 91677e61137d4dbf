using Microsoft.AspNetCore.Identity;
using Ordo.Domain.Common;

namespace Ordo.Application.Identity;

internal static class IdentityErrors
{
    /// <summary>Turns ASP.NET Identity's errors into field errors the client can show next to the inputs.</summary>
    public static DomainValidationException ToValidation(IEnumerable<IdentityError> errors)
    {
        var check = new Check();
        var reported = new HashSet<(string Field, string Reason)>();
        foreach (var error in errors)
        {
            var field = error.Code switch
            {
                var c when c.StartsWith("Password", StringComparison.Ordinal) => "password",
                "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" => "email",
                var c when c.Contains("Role", StringComparison.Ordinal) => "roles",
                _ => "account",
            };
            var reason = error.Code is "DuplicateEmail" or "DuplicateUserName" ? "is already registered" : error.Description;

            // A taken e-mail is also a taken user name: say it once.
            if (reported.Add((field, reason)))
            {
                check.Add(field, reason);
            }
        }

        return new DomainValidationException(check.HasErrors
            ? ErrorsOf(check)
            : new Dictionary<string, string[]> { ["account"] = ["could not be saved"] });
    }

    private static IReadOnlyDictionary<string, string[]> ErrorsOf(Check check)
    {
        try
        {
            check.ThrowIfAny();
        }
        catch (DomainValidationException ex)
        {
            return ex.Errors;
        }

        return new Dictionary<string, string[]>();
    }
}
