using Microsoft.AspNetCore.Http.HttpResults;
using Ordo.Application.Identity;
using Ordo.Web.Common;

namespace Ordo.Web.Identity;

/// <summary>Password change, sign-out everywhere, and an administrator's password reset, for API clients.</summary>
internal static class AccountSecurityEndpoints
{
    public static void MapAccountSecurityEndpoints(this IEndpointRouteBuilder routes)
    {
        var signedIn = routes.MapGroup("/api").WithTags("Auth").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        signedIn.MapPost("/me/password", ChangePassword).WithName("ChangePassword")
            .WithSummary("Change your own password")
            .WithDescription("Checks the current password and sets the new one (at least 8 characters with an upper-case letter, a lower-case letter and a digit). " +
                             "Every sign-in of the account made before, this token included, stops working: sign in again with the new password. " +
                             "Clears the obligation to change a password an administrator reset.")
            .ProducesValidationProblem()
            .WithoutIdempotencyKey(); // the request holds both passwords
        signedIn.MapPost("/auth/signout", SignOut).WithName("SignOut")
            .WithSummary("Sign out everywhere")
            .WithDescription("Ends every sign-in of the account: this bearer token, any other token and every web session stop working on their next request.");
        routes.MapGroup("/api/accounts").WithTags("Staff").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .MapPost("/{id:guid}/password-reset", ResetPassword).WithName("ResetPassword")
            .WithSummary("Reset someone's password to a temporary one (admin)")
            .WithDescription("Works for staff and customer accounts. Send temporaryPassword, or leave it out and Ordo generates one and returns it once as generatedPassword. " +
                             "The account is signed out everywhere and unlocked; until its owner sets a new password with POST /api/me/password, " +
                             "every other call answers 403 account.password_change_required and the web UI opens the change-password page.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithoutIdempotencyKey(); // the request or the answer holds the temporary password
    }

    internal static async Task<NoContent> ChangePassword(HttpContext context, AccountSecurity security, AccountSecurity.ChangePasswordCommand command, CancellationToken ct)
    {
        await security.ChangePasswordAsync(context.Actor(), command, ct);
        return TypedResults.NoContent();
    }

    internal static async Task<NoContent> SignOut(HttpContext context, AccountSecurity security, CancellationToken ct)
    {
        await security.SignOutEverywhereAsync(context.Actor(), ct);
        return TypedResults.NoContent();
    }

    internal static async Task<Ok<AccountSecurity.ResetPasswordResult>> ResetPassword(
        HttpContext context, AccountSecurity security, Guid id, AccountSecurity.ResetPasswordCommand? command, CancellationToken ct) =>
        TypedResults.Ok(await security.ResetPasswordAsync(context.Actor(), id, command ?? new AccountSecurity.ResetPasswordCommand(null), ct));
}
