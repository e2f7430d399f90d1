namespace RobotPlan.SeedWork;

/// <summary>
/// An aggregate root: audited, soft-deletable, with an app-managed concurrency stamp
/// (SQLite has no database-generated row version) and domain events dispatched on save.
/// </summary>
public abstract class AggregateRoot : Entity, IFullAudited, IHasConcurrencyStamp
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public DateTime CreationTime { get; set; }
    public Guid? CreatorId { get; set; }
    public DateTime? LastModificationTime { get; set; }
    public Guid? LastModifierId { get; set; }
    public bool IsDeleted { get; set; }
    public DateTime? DeletionTime { get; set; }
    public Guid? DeleterId { get; set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents;

    protected void AddDomainEvent(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}
