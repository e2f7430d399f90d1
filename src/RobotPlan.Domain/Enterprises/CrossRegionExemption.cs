namespace RobotPlan.Enterprises;

/// <summary>R-2: an administrator's decision that the enterprise with this USCC may apply though registered outside Chongqing.</summary>
public class CrossRegionExemption : AggregateRoot
{
    public string Uscc { get; private set; } = null!;
    public string Reason { get; private set; } = null!;

    private CrossRegionExemption() { }

    internal CrossRegionExemption(string uscc, string reason)
    {
        Uscc = uscc;
        Reason = reason.Trim();
    }
}
