namespace RobotPlan.SeedWork;

/// <summary>Something that happened inside an aggregate; handled in the same transaction that saves it.</summary>
public interface IDomainEvent;

/// <summary>Handles one kind of domain event inside the saving unit of work.</summary>
public interface IDomainEventHandler<in TEvent> where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
