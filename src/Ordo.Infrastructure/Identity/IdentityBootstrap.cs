using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ordo.Application.Data;
using Ordo.Application.Identity;
using Ordo.Application.Settings;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Infrastructure.Identity;

/// <summary>
/// Makes sure every role exists and that an administrator can come into being without a shipped default
/// password: from configuration (<c>Ordo:Admin</c>) on start, or once through the setup page with the
/// <see cref="SetupToken"/> from the server log.
/// </summary>
public sealed class IdentityBootstrap(
    OrdoDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, TimeProvider clock,
    IOptions<OrdoOptions> options, SetupToken setupToken, ILogger<IdentityBootstrap> logger)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }
    }

    public async Task<bool> AdminExistsAsync() => (await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0;

    public async Task EnsureConfiguredAdminAsync()
    {
        var admin = options.Value.Admin;
        if (string.IsNullOrWhiteSpace(admin.Email) || string.IsNullOrEmpty(admin.Password) || await AdminExistsAsync())
        {
            return;
        }

        await CreateFirstAdminAsync(admin.Email, admin.Name ?? "Administrator", admin.Password);
        logger.LogInformation("Created the first administrator {Email} from configuration", admin.Email);
    }

    /// <summary>While no administrator exists, tells the operator (and only the log's readers) the setup token.</summary>
    public async Task AnnounceSetupAsync()
    {
        if (!await AdminExistsAsync())
        {
            logger.LogWarning("No administrator exists yet. Open /setup and enter this one-time setup token: {SetupToken}", setupToken.Value);
        }
    }

    /// <summary>The setup page: the first administrator, for whoever holds the token the server logged at start.</summary>
    public Task<Guid> SetUpAsync(string? token, string? email, string? fullName, string? password)
    {
        if (!setupToken.Matches(token))
        {
            logger.LogWarning("A setup attempt with a missing or wrong setup token was refused");
            throw new DomainException("setup.bad_token", "The setup token is missing or wrong; it is printed in the server log at start.", "setupToken");
        }

        return CreateFirstAdminAsync(email, fullName, password);
    }

    /// <summary>
    /// Creates the first administrator; refused once any administrator exists. The check and the creation are one
    /// transaction that first locks the Admin role's row, so two setups at once wait for each other and the second
    /// finds the first's administrator (on SQLite the transaction takes the write lock at once).
    /// </summary>
    public async Task<Guid> CreateFirstAdminAsync(string? email, string? fullName, string? password)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var adminRole = roles.NormalizeKey(Roles.Admin);
        await db.Roles.Where(r => r.NormalizedName == adminRole)
            .ExecuteUpdateAsync(role => role.SetProperty(r => r.ConcurrencyStamp, r => r.ConcurrencyStamp));
        if (await AdminExistsAsync())
        {
            throw new DomainException("setup.already_done", "An administrator already exists; sign in instead.");
        }

        var check = new Check()
            .Required(email, "email", 256)
            .Required(fullName, "fullName", 200)
            .That(!string.IsNullOrEmpty(password), "password", "is required");
        check.ThrowIfAny();
        var user = new AppUser
        {
            UserName = email!.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            FullName = fullName!.Trim(),
            Department = Department.Management,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, password!);
        if (!created.Succeeded)
        {
            throw IdentityErrors.ToValidation(created.Errors);
        }

        var added = await users.AddToRoleAsync(user, Roles.Admin);
        if (!added.Succeeded)
        {
            throw new InvalidOperationException($"Adding the first administrator to the Admin role failed: {string.Join("; ", added.Errors.Select(e => e.Description))}");
        }

        await transaction.CommitAsync();
        return user.Id;
    }
}
