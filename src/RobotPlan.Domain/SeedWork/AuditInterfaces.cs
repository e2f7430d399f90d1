namespace RobotPlan.SeedWork;

// Filled by the auditing SaveChangesInterceptor from ICurrentUser and TimeProvider, never by hand.
public interface IHasCreationTime { DateTime CreationTime { get; set; } }

public interface ICreationAudited : IHasCreationTime { Guid? CreatorId { get; set; } }

public interface IModificationAudited
{
    DateTime? LastModificationTime { get; set; }
    Guid? LastModifierId { get; set; }
}

/// <summary>Deleting sets the flag instead; a query filter hides deleted rows.</summary>
public interface ISoftDelete
{
    bool IsDeleted { get; set; }
    DateTime? DeletionTime { get; set; }
    Guid? DeleterId { get; set; }
}

public interface IFullAudited : ICreationAudited, IModificationAudited, ISoftDelete;

/// <summary>Optimistic concurrency: regenerated on every save; a stale stamp is a 409.</summary>
public interface IHasConcurrencyStamp { string ConcurrencyStamp { get; set; } }
