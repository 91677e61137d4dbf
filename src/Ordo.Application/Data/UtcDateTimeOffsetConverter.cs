using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ordo.Application.Data;

/// <summary>
/// Every instant reaches PostgreSQL in UTC, whatever offset it was given with (an admin in Vietnam types
/// <c>+07:00</c>; Npgsql refuses any offset but zero for <c>timestamptz</c>). As the column's converter it
/// applies to values written and to the parameters of every filter on the column.
/// </summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
