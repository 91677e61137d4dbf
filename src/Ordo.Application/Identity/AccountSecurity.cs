using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Ordo.Application.Common;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Application.Identity;

/// <summary>
/// Passwords and sessions of any account: a person changes their own password, an administrator resets
/// someone's to a temporary one, and signing out ends every sign-in of the account. Each of them changes
/// the security stamp, which ends every cookie and bearer token issued before on their next request.
/// </summary>
public sealed class AccountSecurity(UserManager<AppUser> users)
{
    public const string AdminOnly = "accounts.admin_only";

    public sealed record ChangePasswordCommand(string? CurrentPassword, string? NewPassword);

    public sealed record ResetPasswordCommand(string? TemporaryPassword);

    /// <summary><paramref name="GeneratedPassword"/> is set only when the administrator left the password to Ordo.</summary>
    public sealed record ResetPasswordResult(Guid UserId, bool MustChangePassword, string? GeneratedPassword);

    public async Task ChangePasswordAsync(Actor actor, ChangePasswordCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        ct.ThrowIfCancellationRequested();
        new Check()
            .That(!string.IsNullOrEmpty(command.CurrentPassword), "currentPassword", "is required")
            .That(!string.IsNullOrEmpty(command.NewPassword), "newPassword", "is required")
            .That(string.IsNullOrEmpty(command.NewPassword) || command.NewPassword != command.CurrentPassword, "newPassword", "must differ from the current password")
            .ThrowIfAny();
        var user = await users.FindByIdAsync(actor.UserId.ToString()) ?? throw new NotFoundException("Account", actor.UserId.ToString());
        var mustChange = user.MustChangePassword;
        user.MustChangePassword = false;
        var result = await users.ChangePasswordAsync(user, command.CurrentPassword!, command.NewPassword!);
        if (!result.Succeeded)
        {
            user.MustChangePassword = mustChange;
            throw PasswordErrors(result, "newPassword", mismatchField: "currentPassword");
        }
    }

    public async Task<ResetPasswordResult> ResetPasswordAsync(Actor actor, Guid userId, ResetPasswordCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        ct.ThrowIfCancellationRequested();
        EnsureAdmin(actor);
        new Check().That(userId != actor.UserId, "id", "change your own password instead of resetting it").ThrowIfAny();
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("Account", userId.ToString());
        var generated = string.IsNullOrEmpty(command.TemporaryPassword) ? GeneratePassword() : null;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        user.MustChangePassword = true;
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        var result = await users.ResetPasswordAsync(user, token, generated ?? command.TemporaryPassword!);
        if (!result.Succeeded)
        {
            throw PasswordErrors(result, "temporaryPassword", mismatchField: "temporaryPassword");
        }

        return new ResetPasswordResult(user.Id, true, generated);
    }

    /// <summary>Signs the account out everywhere: every cookie and token issued so far stops working.</summary>
    public async Task SignOutEverywhereAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ct.ThrowIfCancellationRequested();
        var user = await users.FindByIdAsync(actor.UserId.ToString()) ?? throw new NotFoundException("Account", actor.UserId.ToString());
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            throw IdentityErrors.ToValidation(result.Errors);
        }
    }

    internal static void EnsureAdmin(Actor actor)
    {
        if (!actor.IsAdmin)
        {
            throw new ForbiddenActionException(AdminOnly, "Only an administrator may do this to another account.");
        }
    }

    private static DomainValidationException PasswordErrors(IdentityResult result, string passwordField, string mismatchField)
    {
        var check = new Check();
        foreach (var error in result.Errors)
        {
            if (error.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
            {
                check.Add(mismatchField, "is wrong");
            }
            else if (error.Code.StartsWith("Password", StringComparison.Ordinal))
            {
                check.Add(passwordField, error.Description);
            }
            else
            {
                check.Add("account", error.Description);
            }
        }

        return check.HasErrors ? check.ToException() : new DomainValidationException("account", "could not be saved");
    }

    /// <summary>Twelve characters with an upper-case letter, a lower-case letter and a digit, without look-alikes (0/O, 1/l/I).</summary>
    private static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnopqrstuvwxyz";
        const string digits = "23456789";
        var chars = RandomNumberGenerator.GetItems<char>(upper + lower + digits, 9).ToList();
        chars.Add(RandomNumberGenerator.GetItems<char>(upper, 1)[0]);
        chars.Add(RandomNumberGenerator.GetItems<char>(lower, 1)[0]);
        chars.Add(RandomNumberGenerator.GetItems<char>(digits, 1)[0]);
        var shuffled = chars.ToArray();
        RandomNumberGenerator.Shuffle<char>(shuffled);
        return new string(shuffled);
    }
}
