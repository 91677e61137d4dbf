using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics;

namespace Ordo.Application.Logistics;

/// <summary>The agent's warehouses: everyone signed in reads the open ones (customers pick where to collect); the administrator keeps them.</summary>
public sealed class Warehouses(OrdoDbContext db)
{
    public sealed record CreateCommand(string? Code, string? Name, Country? Country, string? Address);

    public sealed record UpdateCommand(string? Name, string? Address, bool IsActive);

    public async Task<IReadOnlyList<WarehouseDto>> ListAsync(Actor actor, Country? country, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var query = db.Warehouses.AsNoTracking();
        if (!actor.IsAdmin)
        {
            query = query.Where(w => w.IsActive);
        }

        if (country is { } only)
        {
            query = query.Where(w => w.Country == only);
        }

        var found = await query.ToListAsync(ct);
        return [.. found.OrderBy(w => w.Country).ThenBy(w => w.Code, StringComparer.Ordinal).Select(w => w.ToDto())];
    }

    public async Task<WarehouseDto> CreateAsync(Actor actor, CreateCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var warehouse = Warehouse.Create(actor, command.Code, command.Name, command.Country, command.Address);
        if (await db.Warehouses.AnyAsync(w => w.Code == warehouse.Code, ct))
        {
            throw new DomainException(LogisticsErrors.CodeTaken, $"A warehouse is already coded {warehouse.Code}.");
        }

        db.Warehouses.Add(warehouse);
        await db.SaveChangesAsync(ct);
        return warehouse.ToDto();
    }

    public async Task<WarehouseDto> UpdateAsync(Actor actor, string code, UpdateCommand command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        LogisticsRules.EnsureMayManageWarehouses(actor);
        var warehouse = await FindAsync(db, code, ct);
        db.ExpectVersion(warehouse, expectedVersion, $"Warehouse {warehouse.Code}");

        warehouse.Change(actor, command.Name, command.Address, command.IsActive);
        await db.SaveChangesAsync(ct);
        return warehouse.ToDto();
    }

    internal static async Task<Warehouse> FindAsync(OrdoDbContext db, string code, CancellationToken ct)
    {
        var normalized = Warehouse.Normalize(code);
        return await db.Warehouses.FirstOrDefaultAsync(w => w.Code == normalized, ct) ?? throw new NotFoundException("Warehouse", normalized);
    }
}
