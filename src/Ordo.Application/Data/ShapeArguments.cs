using System.Linq.Expressions;
using System.Reflection;

namespace Ordo.Application.Data;

/// <summary>
/// Skip and Take whose count is an argument of a compiled shape: <c>Queryable.Take(int)</c> evaluates its count when
/// the query is built, which would fix the first request's page size into the shape's compiled query.
/// </summary>
public static class ShapeArguments
{
    private static readonly MethodInfo TakeMethod = new Func<IQueryable<object>, int, IQueryable<object>>(Queryable.Take).Method.GetGenericMethodDefinition();
    private static readonly MethodInfo SkipMethod = new Func<IQueryable<object>, int, IQueryable<object>>(Queryable.Skip).Method.GetGenericMethodDefinition();

    public static IQueryable<T> TakeArgument<T>(this IQueryable<T> source, Expression<Func<int>> count) => Call(source, TakeMethod, count);

    public static IQueryable<T> SkipArgument<T>(this IQueryable<T> source, Expression<Func<int>> count) => Call(source, SkipMethod, count);

    private static IQueryable<T> Call<T>(IQueryable<T> source, MethodInfo method, Expression<Func<int>> count)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(count);
        return source.Provider.CreateQuery<T>(Expression.Call(null, method.MakeGenericMethod(typeof(T)), source.Expression, count.Body));
    }
}
