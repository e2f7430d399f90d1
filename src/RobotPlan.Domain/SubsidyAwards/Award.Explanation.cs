namespace RobotPlan.SubsidyAwards;

// The explain view: the award keeps the claim's decision (inputs, parameter version and values, lines) so its amount can
// be shown and recomputed years later, whatever happened to the programme's parameters since.
public partial class Award
{
    public ClaimComputation? Explanation { get; private set; }

    /// <summary>Set once, at approval, from the claim's finance-confirmed computation; it must give this award's amount.</summary>
    public void AttachExplanation(ClaimComputation computation)
    {
        if (Explanation is not null) throw new InvalidOperationException("The award's explanation is already recorded.");
        if (computation.Amount != Amount || computation.ParameterVersion != ParameterVersion || computation.Kind != Kind)
            throw new ArgumentException("The computation does not explain this award.", nameof(computation));
        Explanation = computation;
    }
}
