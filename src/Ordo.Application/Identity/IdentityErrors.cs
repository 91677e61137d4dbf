using Microsoft.AspNetCore.Identity;
using Ordo.Domain.Common;

namespace Ordo.Application.Identity;

public static class IdentityErrors
{
    /// <summary>Turns ASP.NET Identity's errors into field errors the client can show next to the inputs.</summary>
    public static DomainValidationException ToValidation(IEnumerable<IdentityError> errors)
    {
        var check = new Check();
        foreach (var error in errors)
        {
            var field = error.Code switch
            {
                var c when c.StartsWith("Password", StringComparison.Ordinal) => "password",
                "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" => "email",
                var c when c.Contains("Role", StringComparison.Ordinal) => "roles",
                _ => "account",
            };
            check.Add(field, error.Code is "DuplicateEmail" or "DuplicateUserName" ? "is already registered" : error.Description);
        }

        return check.HasErrors ? check.ToException() : new DomainValidationException("account", "could not be saved");
    }
}
