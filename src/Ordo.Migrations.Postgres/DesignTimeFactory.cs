using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Ordo.Application.Data;

namespace Ordo.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for PostgreSQL without a server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<OrdoDbContext>
{
    public OrdoDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<OrdoDbContext>()
        .UseNpgsql("Host=localhost;Database=ordo_design", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
        .Options);
}
