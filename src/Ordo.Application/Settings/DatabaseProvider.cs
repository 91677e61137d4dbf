namespace Ordo.Application.Settings;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
