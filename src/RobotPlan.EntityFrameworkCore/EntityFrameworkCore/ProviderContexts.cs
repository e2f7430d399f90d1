namespace RobotPlan.EntityFrameworkCore;

/// <summary>SQLite (embedded default); its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteRobotPlanDbContext(DbContextOptions<SqliteRobotPlanDbContext> options) : RobotPlanDbContext(options);

/// <summary>PostgreSQL (production); its migrations live in Migrations/PostgreSql.</summary>
public sealed class PostgreSqlRobotPlanDbContext(DbContextOptions<PostgreSqlRobotPlanDbContext> options) : RobotPlanDbContext(options);
