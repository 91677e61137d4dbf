using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;

namespace Ordo.Application.Data;

/// <summary>One page of an ordered query with the total of its matches: the lists' one way to page.</summary>
public static class Paging
{
    public static async Task<PagedResult<TDto>> ToPageAsync<TEntity, TDto>(
        this IQueryable<TEntity> query, Func<IQueryable<TEntity>, IOrderedQueryable<TEntity>> order, int page, int pageSize, Func<TEntity, TDto> map, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(map);
        var total = await query.CountAsync(ct);
        var found = await order(query).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedResult<TDto>([.. found.Select(map)], total, page, pageSize);
    }
}
