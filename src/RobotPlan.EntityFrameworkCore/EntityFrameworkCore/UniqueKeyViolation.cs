using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace RobotPlan.EntityFrameworkCore;

/// <summary>
/// A save refused by a unique index, on either provider. The host's exception handler maps it to 409 once
/// (ADR 0008), so no call site needs to catch it: a rule's own "already exists" check can lose a race.
/// </summary>
public static class UniqueKeyViolation
{
    private const int SqliteConstraintUnique = 2067, SqliteConstraintPrimaryKey = 1555;

    public static bool IsUniqueKeyViolation(this DbUpdateException error) => error.InnerException switch
    {
        SqliteException e => e.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException e => e.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
