using Npgsql;
using Ordo.Infrastructure.Data;

namespace Ordo.Api.Tests.Common;

/// <summary>
/// On PostgreSQL Ordo prepares the statements it runs often and returns connections to the pool without resetting
/// them, unless the operator's connection string says otherwise (a pooler that cannot keep prepared statements).
/// </summary>
public sealed class PostgresPoolSettingsTests
{
    [Fact]
    public void A_plain_connection_string_gets_prepared_statements_and_no_reset_on_close()
    {
        var settings = new NpgsqlConnectionStringBuilder(
            DatabaseSetup.PreparePostgres("Host=127.0.0.1;Port=5432;Username=ordo;Password=secret;Database=ordo"));

        Assert.Equal(64, settings.MaxAutoPrepare);
        Assert.True(settings.NoResetOnClose);
        Assert.Equal("127.0.0.1", settings.Host);
        Assert.Equal("secret", settings.Password);
        Assert.Equal("ordo", settings.Database);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;maxautoprepare=0;noresetonclose=false")]
    [InlineData("Host=db;MAX AUTO PREPARE=0;NO RESET ON CLOSE=FALSE")]
    public void Settings_the_operator_wrote_are_kept(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(DatabaseSetup.PreparePostgres(connectionString));

        Assert.Equal(0, settings.MaxAutoPrepare);
        Assert.False(settings.NoResetOnClose);
    }
}
