using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Application.Identity;

/// <summary>Admin creates staff accounts, sets their roles and department, and disables them.</summary>
public sealed class StaffAdministration(OrdoDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public sealed record CreateCommand(string? Email, string? FullName, string? Phone, string? Password, IReadOnlyList<string>? Roles, Department? Department);

    public sealed record UpdateCommand(string? FullName, string? Phone, IReadOnlyList<string>? Roles, Department? Department, bool? IsDisabled);

    public async Task<IReadOnlyList<StaffDto>> ListAsync(Actor actor, string? role, CancellationToken ct)
    {
        EnsureAdmin(actor);
        return await QueryAsync(role, activeOnly: false, ct);
    }

    /// <summary>Active staff holding <paramref name="role"/>: the people an order can be assigned to.</summary>
    public async Task<IReadOnlyList<StaffRefDtoWithRoles>> AssignableAsync(Actor actor, string role, CancellationToken ct)
    {
        if (!actor.IsStaff)
        {
            throw new ForbiddenActionException("staff.staff_only", "Only staff may list staff.");
        }

        var staff = await QueryAsync(role, activeOnly: true, ct);
        return [.. staff.Select(s => new StaffRefDtoWithRoles(s.Id, s.FullName, s.Email, s.Roles))];
    }

    public async Task<StaffDto> CreateAsync(Actor actor, CreateCommand command, CancellationToken ct)
    {
        EnsureAdmin(actor);
        ArgumentNullException.ThrowIfNull(command);
        var check = new Check();
        AccountRules.Validate(check, command.Email, command.Phone, command.FullName);
        check.That(!string.IsNullOrEmpty(command.Password), "password", "is required");
        var roles = ValidRoles(check, command.Roles);
        check.ThrowIfAny();
        var user = new AppUser
        {
            UserName = command.Email!.Trim(),
            Email = command.Email.Trim(),
            EmailConfirmed = true,
            PhoneNumber = string.IsNullOrWhiteSpace(command.Phone) ? null : command.Phone.Trim(),
            FullName = command.FullName!.Trim(),
            Department = command.Department,
            CreatedAt = clock.GetUtcNow(),
        };
        await db.InTransactionAsync(async () =>
        {
            Ensure(await users.CreateAsync(user, command.Password!));
            Ensure(await users.AddToRolesAsync(user, roles));
            return user.Id;
        }, ct);
        return await GetAsync(user.Id, ct);
    }

    public async Task<StaffDto> UpdateAsync(Actor actor, Guid id, UpdateCommand command, CancellationToken ct)
    {
        EnsureAdmin(actor);
        ArgumentNullException.ThrowIfNull(command);
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("Staff member", id.ToString());
        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Customer))
        {
            throw new NotFoundException("Staff member", id.ToString());
        }

        var check = new Check();
        if (command.FullName is not null)
        {
            check.Required(command.FullName, "fullName", 200);
        }

        AccountRules.Validate(check, user.Email, command.Phone, command.FullName ?? user.FullName);
        var roles = command.Roles is null ? null : ValidRoles(check, command.Roles);
        check.That(!(id == actor.UserId && command.IsDisabled == true), "isDisabled", "you cannot disable your own account");
        check.That(!(id == actor.UserId && roles is not null && !roles.Contains(Roles.Admin)), "roles", "you cannot remove your own admin role");
        check.ThrowIfAny();

        // Disabling the account or changing its roles signs the person out everywhere; a new name or phone does not.
        var endsSessions = (command.IsDisabled == true && !user.IsDisabled) || (roles is not null && !roles.ToHashSet(StringComparer.Ordinal).SetEquals(current));
        await db.InTransactionAsync(async () =>
        {
            user.FullName = command.FullName?.Trim() ?? user.FullName;
            user.PhoneNumber = command.Phone is null ? user.PhoneNumber : (string.IsNullOrWhiteSpace(command.Phone) ? null : command.Phone.Trim());
            user.Department = command.Department ?? user.Department;
            if (command.IsDisabled is { } disabled)
            {
                user.IsDisabled = disabled;
            }

            Ensure(await users.UpdateAsync(user));
            if (roles is not null)
            {
                Ensure(await users.RemoveFromRolesAsync(user, current.Except(roles)));
                Ensure(await users.AddToRolesAsync(user, roles.Except(current)));
            }

            // A new security stamp signs the person out everywhere, so a disabled account or a removed role takes effect now.
            if (endsSessions)
            {
                Ensure(await users.UpdateSecurityStampAsync(user));
            }

            return user.Id;
        }, ct);
        return await GetAsync(user.Id, ct);
    }

    private static void EnsureAdmin(Actor actor)
    {
        if (!actor.IsAdmin)
        {
            throw new ForbiddenActionException("staff.admin_only", "Only an administrator may manage staff accounts.");
        }
    }

    private static IReadOnlyList<string> ValidRoles(Check check, IReadOnlyList<string>? roles)
    {
        if (roles is null || roles.Count == 0)
        {
            check.Add("roles", "must list at least one role");
            return [];
        }

        foreach (var role in roles.Where(r => !Roles.Staff.Contains(r, StringComparer.Ordinal)))
        {
            check.Add("roles", $"'{role}' is not a staff role (one of {string.Join(", ", Roles.Staff)})");
        }

        return [.. roles.Distinct(StringComparer.Ordinal)];
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw IdentityErrors.ToValidation(result.Errors);
        }
    }

    private async Task<StaffDto> GetAsync(Guid id, CancellationToken ct) =>
        (await QueryAsync(null, activeOnly: false, ct, id)).Single();

    private async Task<IReadOnlyList<StaffDto>> QueryAsync(string? role, bool activeOnly, CancellationToken ct, Guid? id = null)
    {
        // Staff are the accounts holding any role but Customer; filter them in SQL, not after loading every customer.
        var staffIds = from ur in db.UserRoles
                       join r in db.Roles on ur.RoleId equals r.Id
                       where r.Name != Roles.Customer
                       select ur.UserId;
        var rows = await (from u in db.Users.AsNoTracking()
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          join r in db.Roles on ur.RoleId equals r.Id
                          where (id == null || u.Id == id) && staffIds.Contains(u.Id)
                          select new { User = u, Role = r.Name! }).ToListAsync(ct);
        return [.. rows.GroupBy(x => x.User.Id)
            .Select(g => (User: g.First().User, Roles: g.Select(x => x.Role).Order(StringComparer.Ordinal).ToList()))
            .Where(x => !x.Roles.Contains(Roles.Customer))
            .Where(x => role == null || x.Roles.Contains(role) || x.Roles.Contains(Roles.Admin) && role == Roles.Admin)
            .Where(x => !activeOnly || !x.User.IsDisabled)
            .OrderBy(x => x.User.FullName, StringComparer.CurrentCulture)
            .Select(x => new StaffDto(x.User.Id, x.User.Email ?? string.Empty, x.User.FullName, x.User.PhoneNumber, x.Roles, x.User.Department, x.User.IsDisabled, x.User.CreatedAt))];
    }
}
