using Ordo.Application.Common;
using Ordo.Domain.Common;

namespace Ordo.Application.Data;

internal static class ExpectedVersions
{
    /// <summary>
    /// An If-Match version must be the stored one (412 otherwise), and is then the version the database checks when
    /// saving, so a change made between the read and the save is refused too. No If-Match: nothing to check.
    /// </summary>
    public static void ExpectVersion(this OrdoDbContext db, AggregateRoot aggregate, int? expectedVersion, string what)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        if (expectedVersion is not { } expected)
        {
            return;
        }

        if (expected != aggregate.Version)
        {
            throw new PreconditionFailedException(what, expected, aggregate.Version);
        }

        db.Entry(aggregate).Property(a => a.Version).OriginalValue = expected;
    }
}
