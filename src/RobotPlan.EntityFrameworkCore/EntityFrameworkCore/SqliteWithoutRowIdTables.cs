using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Sqlite.Migrations.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace RobotPlan.EntityFrameworkCore;

/// <summary>
/// SQLite tables stored as their primary key's B-tree (<c>WITHOUT ROWID</c>): one copy of each row, in key order,
/// instead of a rowid table plus a key index. EF Core has no API for it, so the entity type carries an annotation and
/// <see cref="SqliteWithoutRowIdMigrationsSqlGenerator"/> (the SQLite context's migrations SQL generator) writes it —
/// in migrations and in <c>EnsureCreated</c> alike. Other providers ignore the annotation.
/// </summary>
public static class SqliteWithoutRowIdTables
{
    public const string WithoutRowIdAnnotation = "RobotPlan:SqliteWithoutRowId";

    /// <summary>The value: the key columns stored in descending order, comma-separated (EF Core keys have no order).</summary>
    public static EntityTypeBuilder<T> ToSqliteWithoutRowIdTable<T>(this EntityTypeBuilder<T> b, params string[] descendingKeyColumns)
        where T : class =>
        b.HasAnnotation(WithoutRowIdAnnotation, string.Join(',', descendingKeyColumns));

    internal static string[]? DescendingKeyColumns(IModel? model, string table, string? schema) =>
        model?.GetEntityTypes()
            .Where(e => e.GetTableName() == table && e.GetSchema() == schema)
            .Select(e => e.FindAnnotation(WithoutRowIdAnnotation)?.Value as string)
            .FirstOrDefault(v => v is not null)
            ?.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

#pragma warning disable EF1001 // SqliteMigrationsSqlGenerator is EF Core's public-but-internal SQLite generator; we only append to it.
public sealed class SqliteWithoutRowIdMigrationsSqlGenerator(MigrationsSqlGeneratorDependencies dependencies, IRelationalAnnotationProvider annotations)
    : SqliteMigrationsSqlGenerator(dependencies, annotations)
{
    protected override void Generate(CreateTableOperation operation, IModel? model, MigrationCommandListBuilder builder, bool terminate = true)
    {
        if (SqliteWithoutRowIdTables.DescendingKeyColumns(model, operation.Name, operation.Schema) is null)
        {
            base.Generate(operation, model, builder, terminate);
            return;
        }
        base.Generate(operation, model, builder, terminate: false);
        builder.Append(" WITHOUT ROWID");
        if (!terminate) return;
        builder.AppendLine(Dependencies.SqlGenerationHelper.StatementTerminator);
        EndStatement(builder);
    }

    protected override void PrimaryKeyConstraint(AddPrimaryKeyOperation operation, IModel? model, MigrationCommandListBuilder builder)
    {
        if (SqliteWithoutRowIdTables.DescendingKeyColumns(model, operation.Table, operation.Schema) is not { } descending)
        {
            base.PrimaryKeyConstraint(operation, model, builder);
            return;
        }
        if (operation.Name is not null)
            builder.Append("CONSTRAINT ").Append(Dependencies.SqlGenerationHelper.DelimitIdentifier(operation.Name)).Append(" ");
        builder.Append("PRIMARY KEY (")
            .Append(string.Join(", ", operation.Columns.Select(c =>
                Dependencies.SqlGenerationHelper.DelimitIdentifier(c) + (descending.Contains(c) ? " DESC" : ""))))
            .Append(")");
    }
}
#pragma warning restore EF1001
