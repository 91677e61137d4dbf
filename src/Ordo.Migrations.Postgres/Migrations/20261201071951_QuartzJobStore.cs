using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Postgres.Migrations
{
    /// <summary>
    /// The tables of Quartz's clustered ADO.NET job store under the prefix <c>qrtz_</c>: Quartz.NET 4.7.3's own
    /// PostgreSQL schema (the <c>Quartz.Impl.AdoJobStore.Schema.create_postgres.sql</c> resource of its package),
    /// kept verbatim in <c>Quartz/create_postgres.sql</c>, whose <c>{0}</c> and <c>{1}</c> are the prefix.
    /// Written by hand: the EF model does not know these tables. A later Quartz that changes its schema needs a
    /// migration of its own with that release's upgrade script.
    /// </summary>
    public partial class QuartzJobStore : Migration
    {
        private const string TablePrefix = "qrtz_";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            using var script = typeof(QuartzJobStore).Assembly.GetManifestResourceStream("Ordo.Migrations.Postgres.Quartz.create_postgres.sql")
                               ?? throw new InvalidOperationException("The Quartz schema script is not embedded.");
            using var reader = new StreamReader(script);
            migrationBuilder.Sql(reader.ReadToEnd().Replace("{0}", TablePrefix, StringComparison.Ordinal).Replace("{1}", TablePrefix, StringComparison.Ordinal));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE IF EXISTS qrtz_job_status;
                DROP TABLE IF EXISTS qrtz_misfire_history;
                DROP TABLE IF EXISTS qrtz_execution_history;
                DROP TABLE IF EXISTS qrtz_paused_job_grps;
                DROP TABLE IF EXISTS qrtz_fired_triggers;
                DROP TABLE IF EXISTS qrtz_paused_trigger_grps;
                DROP TABLE IF EXISTS qrtz_scheduler_state;
                DROP TABLE IF EXISTS qrtz_locks;
                DROP TABLE IF EXISTS qrtz_simprop_triggers;
                DROP TABLE IF EXISTS qrtz_simple_triggers;
                DROP TABLE IF EXISTS qrtz_cron_triggers;
                DROP TABLE IF EXISTS qrtz_blob_triggers;
                DROP TABLE IF EXISTS qrtz_triggers;
                DROP TABLE IF EXISTS qrtz_job_details;
                DROP TABLE IF EXISTS qrtz_calendars;
                """);
        }
    }
}
