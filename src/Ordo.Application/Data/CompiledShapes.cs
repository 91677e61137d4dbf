using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Ordo.Application.Data;

/// <summary>
/// Compiled queries for a query whose shape varies: a list with optional filters and a choice of sorts. The query is
/// built from LINQ by one builder, as any query is; the first time a shape (which filters are present, which sort)
/// runs against a model, its expression is compiled (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(Expression{Func{TContext, TParam1, IQueryable{TResult}}})"/>)
/// and later requests of that shape run the compiled query with their own arguments. Building the LINQ expression,
/// extracting its parameters and finding it in EF's query cache cost about a quarter of the server's CPU on a list
/// page, more than reading its rows.
/// </summary>
/// <remarks>
/// The builder's contract: every value that differs between requests of one shape is read from the arguments object
/// (<typeparamref name="TArgs"/>) inside the query's lambdas; the only other values a lambda may capture are other
/// queries (inlined) and strings fixed by the shape (a column name). Anything else captured is refused, so a
/// request's value can never be baked into a query another request reuses.
/// </remarks>
public sealed class CompiledShapes<TShape, TArgs, TResult>(int maxShapes = 1_000)
    where TShape : notnull
    where TArgs : class
{
    private readonly ConcurrentDictionary<(IModel Model, TShape Shape), Func<OrdoDbContext, TArgs, IAsyncEnumerable<TResult>>> _compiled = new();

    /// <summary>Runs the shape's compiled query with these arguments, compiling it from <paramref name="build"/> the first time.</summary>
    public IAsyncEnumerable<TResult> Run(OrdoDbContext db, TShape shape, TArgs args, Func<OrdoDbContext, TShape, TArgs, IQueryable<TResult>> build)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(build);
        var key = (db.Model, shape);
        if (_compiled.TryGetValue(key, out var compiled))
        {
            return compiled(db, args);
        }

        var query = build(db, shape, args);
        if (_compiled.Count >= maxShapes)
        {
            // A bound on what the cache holds: an unusual shape past it runs as an ordinary LINQ query.
            return query.AsAsyncEnumerable();
        }

        var parameterize = new Parameterize(args);
        var body = parameterize.Visit(query.Expression);
        // A shape reading more arguments than EF compiles is built and run as an ordinary LINQ query each time.
        compiled = parameterize.Used.Count <= MaxParameters ? Compile(body, parameterize.Used) : (d, a) => build(d, shape, a).AsAsyncEnumerable();
        return _compiled.GetOrAdd(key, compiled)(db, args);
    }

    // EF.CompileAsyncQuery takes up to 15 parameters after the context.
    private const int MaxParameters = 15;

    private static readonly MethodInfo[] CompileAsyncQueries = [.. typeof(EF).GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.Name == nameof(EF.CompileAsyncQuery)
            && m.GetParameters()[0].ParameterType.GetGenericArguments()[0].GetGenericArguments()[^1] is { IsGenericType: true } result
            && result.GetGenericTypeDefinition() == typeof(IQueryable<>))
        .OrderBy(m => m.GetGenericArguments().Length)];

    /// <summary>
    /// EF compiles a query over plain parameters (a member of a parameter object is not translated), so each argument
    /// the shape reads becomes one parameter, and a small compiled adapter passes them from the arguments object.
    /// </summary>
    private static Func<OrdoDbContext, TArgs, IAsyncEnumerable<TResult>> Compile(Expression body, Dictionary<PropertyInfo, ParameterExpression> used)
    {
        var context = Expression.Parameter(typeof(OrdoDbContext), "db");
        var parameters = used.Values.ToArray();
        var lambda = Expression.Lambda(
            Expression.GetFuncType([typeof(OrdoDbContext), .. parameters.Select(p => p.Type), typeof(IQueryable<TResult>)]),
            body, [context, .. parameters]);
        var compile = CompileAsyncQueries.Single(m => m.GetGenericArguments().Length == parameters.Length + 2)
            .MakeGenericMethod([typeof(OrdoDbContext), .. parameters.Select(p => p.Type), typeof(TResult)]);
        var query = (Delegate)compile.Invoke(null, [lambda])!;

        var db = Expression.Parameter(typeof(OrdoDbContext), "db");
        var args = Expression.Parameter(typeof(TArgs), "args");
        var call = Expression.Invoke(Expression.Constant(query), [db, .. used.Keys.Select(p => Expression.Property(args, p))]);
        return Expression.Lambda<Func<OrdoDbContext, TArgs, IAsyncEnumerable<TResult>>>(call, db, args).Compile();
    }

    /// <summary>Turns each argument the builder's lambdas read into a parameter of the compiled query.</summary>
    private sealed class Parameterize(TArgs args) : ExpressionVisitor
    {
        /// <summary>Each argument read, with its parameter.</summary>
        public Dictionary<PropertyInfo, ParameterExpression> Used { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node is { Expression: MemberExpression { Expression: ConstantExpression } owner, Member: PropertyInfo property }
                && ReferenceEquals(Value(owner), args))
            {
                if (!Used.TryGetValue(property, out var parameter))
                {
                    parameter = Expression.Parameter(property.PropertyType, property.Name);
                    Used.Add(property, parameter);
                }

                return parameter;
            }

            if (node.Expression is not ConstantExpression)
            {
                return base.VisitMember(node);
            }

            return Value(node) switch
            {
                IQueryable inner => Visit(inner.Expression),
                string fixedByShape => Expression.Constant(fixedByShape, node.Type),
                _ => throw new NotSupportedException(
                    $"A query shape captured '{node.Member.Name}' ({node.Type.Name}); read it from the {typeof(TArgs).Name} so it is a parameter."),
            };
        }

        private static object? Value(MemberExpression node) => node.Member switch
        {
            FieldInfo field => field.GetValue(((ConstantExpression)node.Expression!).Value),
            PropertyInfo property => property.GetValue(((ConstantExpression)node.Expression!).Value),
            _ => throw new NotSupportedException($"A query shape cannot capture {node.Member.Name}."),
        };
    }
}
