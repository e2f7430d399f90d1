namespace RobotPlan.EntityFrameworkCore;

internal static class ModelBuilderConventions
{
    /// <summary>Soft-delete query filter and concurrency stamp for every entity that declares them.</summary>
    public static void ApplyRobotPlanConventions(this ModelBuilder builder)
    {
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => t.BaseType is null && !t.IsOwned()))
        {
            var clr = entityType.ClrType;
            if (typeof(ISoftDelete).IsAssignableFrom(clr))
            {
                var e = Expression.Parameter(clr, "e");
                var notDeleted = Expression.Not(Expression.Property(e, nameof(ISoftDelete.IsDeleted)));
                builder.Entity(clr).HasQueryFilter(Expression.Lambda(notDeleted, e));
            }
            if (typeof(IHasConcurrencyStamp).IsAssignableFrom(clr))
            {
                builder.Entity(clr).Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp))
                    .IsConcurrencyToken().HasMaxLength(40).IsRequired();
            }
            // Ids are Guid v7 made by the entity itself; "never generated" lets EF add a new child found through a
            // navigation (e.g. a new parameter version) instead of mistaking it for an existing row to update.
            if (typeof(Entity).IsAssignableFrom(clr))
                builder.Entity(clr).Property(nameof(Entity.Id)).ValueGeneratedNever();
            if (typeof(AggregateRoot).IsAssignableFrom(clr))
                builder.Entity(clr).Ignore(nameof(AggregateRoot.DomainEvents));
        }
    }
}
