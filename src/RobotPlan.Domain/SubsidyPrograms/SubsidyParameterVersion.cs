namespace RobotPlan.SubsidyPrograms;

/// <summary>
/// One numbered version of a programme's parameters. Versions are never edited: decisions record the version
/// (and the values) they used, so an old amount is explainable after a change.
/// </summary>
public class SubsidyParameterVersion : Entity
{
    public Guid ProgramId { get; private set; }
    public int Version { get; private set; }
    public SubsidyParameters Values { get; private set; } = null!;
    public DateTime EffectiveFrom { get; private set; }
    public string Reason { get; private set; } = null!;

    private SubsidyParameterVersion() { }

    internal SubsidyParameterVersion(Guid programId, int version, SubsidyParameters values, DateTime effectiveFrom, string reason)
    {
        ProgramId = programId;
        Version = version;
        Values = values;
        EffectiveFrom = effectiveFrom;
        Reason = reason.Trim();
    }
}
