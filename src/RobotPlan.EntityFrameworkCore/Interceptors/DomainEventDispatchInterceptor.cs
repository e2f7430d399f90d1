using Microsoft.Extensions.DependencyInjection;

namespace RobotPlan.EntityFrameworkCore.Interceptors;

/// <summary>
/// Dispatches the aggregates' domain events to their handlers before the save, so the handlers' changes
/// commit in the same transaction (ABP's local events in the unit of work). Handlers may raise further events.
/// </summary>
public sealed class DomainEventDispatchInterceptor(IServiceProvider services) : SaveChangesInterceptor
{
    private const int MaxRounds = 10;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) await DispatchAsync(context, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) DispatchAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    private async Task DispatchAsync(DbContext context, CancellationToken ct)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var raised = context.ChangeTracker.Entries<AggregateRoot>()
                .SelectMany(e => { var events = e.Entity.DomainEvents.ToList(); e.Entity.ClearDomainEvents(); return events; })
                .ToList();
            if (raised.Count == 0) return;
            foreach (var domainEvent in raised) await PublishAsync(domainEvent, ct);
        }
        throw new InvalidOperationException("Domain event handlers kept raising events; a handler loop is likely.");
    }

    private async Task PublishAsync(IDomainEvent domainEvent, CancellationToken ct)
    {
        var handlerType = typeof(IDomainEventHandler<>).MakeGenericType(domainEvent.GetType());
        var method = handlerType.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.HandleAsync))!;
        foreach (var handler in services.GetServices(handlerType))
            // DoNotWrapExceptions: a handler's BusinessException must reach the error handler as itself (a 422, not a 500).
            await (Task)method.Invoke(handler, System.Reflection.BindingFlags.DoNotWrapExceptions, null, [domainEvent, ct], null)!;
    }
}
