namespace RobotPlan.ReferenceData;

/// <summary>
/// Signals, per process, that categories or jurisdictions were saved (the EF Core save interceptor calls
/// <see cref="Bump"/>), so caches of their names (the public search reads them on every request, P-1) know to reload.
/// </summary>
public sealed class ReferenceDataVersion
{
    private CancellationTokenSource _changed = new();

    /// <summary>Cancelled at the next save of reference data; read it before loading what it guards.</summary>
    public CancellationToken Changed => Volatile.Read(ref _changed).Token;

    // The old source is not disposed: a reader may still register on its (already cancelled) token.
    public void Bump() => Interlocked.Exchange(ref _changed, new CancellationTokenSource()).Cancel();
}
