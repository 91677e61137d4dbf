using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Ordo.Application.Data;

/// <summary>
/// A compiled query (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, TResult}})"/>)
/// is bound to the model it first ran against, and each database provider builds its own model: a process that
/// talks to SQLite and PostgreSQL (the test suite does) needs one compiled query per model.
/// </summary>
public sealed class PerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConcurrentDictionary<IModel, TQuery> _byModel = new(ReferenceEqualityComparer.Instance);

    public TQuery For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _byModel.GetOrAdd(db.Model, _ => compile());
    }
}
