using Npgsql;
using NpgsqlTypes;

namespace Ordo.LoadBench;

/// <summary>
/// One table written with binary COPY. The columns are read from the migrated schema, so a column the seeder
/// does not know gets a type-appropriate default (NULL where nullable) instead of breaking the import.
/// </summary>
internal sealed class PgTable : IAsyncDisposable
{
    private readonly string[] _names;
    private readonly NpgsqlDbType[] _types;
    private readonly bool[] _nullable;
    private readonly Dictionary<string, int> _index;
    private readonly object?[] _row;
    private readonly NpgsqlBinaryImporter _importer;

    private PgTable(string[] names, NpgsqlDbType[] types, bool[] nullable, NpgsqlBinaryImporter importer)
    {
        _names = names;
        _types = types;
        _nullable = nullable;
        _importer = importer;
        _row = new object?[names.Length];
        _index = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
    }

    public long Rows { get; private set; }

    private NpgsqlConnection? _owned;

    /// <summary>On a connection of its own: one connection carries one COPY at a time.</summary>
    public static async Task<PgTable> OpenOwnAsync(string connectionString, string table)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var opened = await OpenAsync(connection, table);
        opened._owned = connection;
        return opened;
    }

    public static async Task<PgTable> OpenAsync(NpgsqlConnection connection, string table)
    {
        var names = new List<string>();
        var types = new List<NpgsqlDbType>();
        var nullable = new List<bool>();
        await using (var command = new NpgsqlCommand(
            "SELECT column_name, data_type, is_nullable = 'YES' FROM information_schema.columns WHERE table_schema = 'public' AND table_name = @t ORDER BY ordinal_position", connection))
        {
            command.Parameters.AddWithValue("t", table);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
                types.Add(TypeOf(reader.GetString(1)));
                nullable.Add(reader.GetBoolean(2));
            }
        }

        if (names.Count == 0)
        {
            throw new InvalidOperationException($"table {table} not found");
        }

        var copy = $"COPY \"{table}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) FROM STDIN (FORMAT BINARY)";
        var importer = await connection.BeginBinaryImportAsync(copy);
        return new PgTable([.. names], [.. types], [.. nullable], importer);
    }

    private static NpgsqlDbType TypeOf(string dataType) => dataType switch
    {
        "uuid" => NpgsqlDbType.Uuid,
        "integer" => NpgsqlDbType.Integer,
        "bigint" => NpgsqlDbType.Bigint,
        "smallint" => NpgsqlDbType.Smallint,
        "numeric" => NpgsqlDbType.Numeric,
        "boolean" => NpgsqlDbType.Boolean,
        "text" => NpgsqlDbType.Text,
        "character varying" => NpgsqlDbType.Varchar,
        "timestamp with time zone" => NpgsqlDbType.TimestampTz,
        "timestamp without time zone" => NpgsqlDbType.Timestamp,
        "bytea" => NpgsqlDbType.Bytea,
        "double precision" => NpgsqlDbType.Double,
        "jsonb" => NpgsqlDbType.Jsonb,
        "tsvector" => NpgsqlDbType.TsVector,
        "ARRAY" => NpgsqlDbType.Array | NpgsqlDbType.Text, // the schema's arrays are all text[]
        _ => throw new NotSupportedException($"column type {dataType}"),
    };

    public PgTable Set(string column, object? value)
    {
        if (!_index.TryGetValue(column, out var i))
        {
            throw new InvalidOperationException($"no column {column}");
        }

        _row[i] = value;
        return this;
    }

    public bool Has(string column) => _index.ContainsKey(column);

    public async ValueTask EndRowAsync()
    {
        await _importer.StartRowAsync();
        for (var i = 0; i < _row.Length; i++)
        {
            var value = _row[i] ?? (_nullable[i] ? null : Default(_types[i]));
            _row[i] = null;
            if (value is null)
            {
                await _importer.WriteNullAsync();
                continue;
            }

            await _importer.WriteAsync(Convert(value, _types[i]), _types[i]);
        }

        Rows++;
    }

    private static object Default(NpgsqlDbType type) => type switch
    {
        NpgsqlDbType.Uuid => Guid.Empty,
        NpgsqlDbType.Integer => 0,
        NpgsqlDbType.Bigint => 0L,
        NpgsqlDbType.Smallint => (short)0,
        NpgsqlDbType.Numeric => 0m,
        NpgsqlDbType.Boolean => false,
        NpgsqlDbType.TimestampTz => DateTime.UnixEpoch,
        NpgsqlDbType.Double => 0d,
        NpgsqlDbType.Array | NpgsqlDbType.Text => Array.Empty<string>(),
        _ => string.Empty,
    };

    private static object Convert(object value, NpgsqlDbType type) => (value, type) switch
    {
        (Enum e, NpgsqlDbType.Text or NpgsqlDbType.Varchar) => e.ToString(),
        (Enum e, NpgsqlDbType.Integer) => System.Convert.ToInt32(e, System.Globalization.CultureInfo.InvariantCulture),
        (DateTimeOffset d, NpgsqlDbType.TimestampTz) => d.UtcDateTime,
        (int n, NpgsqlDbType.Bigint) => (long)n,
        (int n, NpgsqlDbType.Numeric) => (decimal)n,
        _ => value,
    };

    private bool _completed;

    public async ValueTask DisposeAsync()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        await _importer.CompleteAsync();
        await _importer.DisposeAsync();
        if (_owned is not null)
        {
            await _owned.DisposeAsync();
        }
    }

    public override string ToString() => string.Join(",", _names);
}
