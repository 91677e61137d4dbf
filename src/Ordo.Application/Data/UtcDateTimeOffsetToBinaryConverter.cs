using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ordo.Application.Data;

/// <summary>
/// SQLite's instants as EF's <see cref="DateTimeOffsetToBinaryConverter"/> stores them (ticks and offset in one
/// integer, so ranges and ordering stay in SQL), but always taken in UTC first: the stored ticks are the clock
/// time, so a value with <c>+07:00</c> would otherwise sort seven hours late against the UTC ones.
/// </summary>
internal sealed class UtcDateTimeOffsetToBinaryConverter() : ValueConverter<DateTimeOffset, long>(v => ToBinary(v), v => FromBinary(v))
{
    private static readonly DateTimeOffsetToBinaryConverter Binary = new();

    private static readonly Func<object?, object?> ToProvider = Binary.ConvertToProvider;

    private static readonly Func<object?, object?> FromProvider = Binary.ConvertFromProvider;

    private static long ToBinary(DateTimeOffset value) => (long)ToProvider(value.ToUniversalTime())!;

    private static DateTimeOffset FromBinary(long value) => (DateTimeOffset)FromProvider(value)!;
}
