namespace RobotPlan.ReferenceData;

/// <summary>
/// A per-process counter that moves whenever categories or jurisdictions are saved (the EF Core save interceptor bumps
/// it), so caches of their names (the public search reads them on every request, P-1) know to reload.
/// </summary>
public sealed class ReferenceDataVersion
{
    private long _value;

    public long Value => Interlocked.Read(ref _value);

    public void Bump() => Interlocked.Increment(ref _value);
}
