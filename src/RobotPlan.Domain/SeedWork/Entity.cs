namespace RobotPlan.SeedWork;

/// <summary>Base of every entity: a time-ordered Guid v7 id (index-friendly on both databases).</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();
}
