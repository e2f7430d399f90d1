namespace RobotPlan.FirstUnitInsurance;

/// <summary>
/// 首台（套）综合险保单: a policy year bought by the manufacturer, covering quality and liability risks of the units it
/// delivered. A renewal links to the previous year's policy and must follow it without a gap.
/// </summary>
public class InsurancePolicy : AggregateRoot
{
    private readonly List<InsuredUnit> _units = [];

    public Guid EnterpriseId { get; private set; }
    public string Insurer { get; private set; } = null!;
    public string PolicyNumber { get; private set; } = null!;
    public DateOnly PeriodStart { get; private set; }
    public DateOnly PeriodEnd { get; private set; }
    public decimal Premium { get; private set; }
    public decimal PremiumPaid { get; private set; }
    public Guid? PremiumProofFileId { get; private set; }
    public decimal SumInsured { get; private set; }
    public decimal LiabilityLimit { get; private set; }
    public Guid? PreviousPolicyId { get; private set; }
    /// <summary>1 for a first policy, previous + 1 for a renewal.</summary>
    public int PolicyYear { get; private set; }
    public IReadOnlyList<InsuredUnit> Units => _units;

    public bool IsPremiumFullyPaid => PremiumPaid >= Premium && PremiumProofFileId is not null;

    private InsurancePolicy() { }

    public InsurancePolicy(Guid enterpriseId, string insurer, string policyNumber, DateOnly periodStart, DateOnly periodEnd,
        decimal premium, decimal sumInsured, decimal liabilityLimit, IEnumerable<InsuredUnit> units, InsurancePolicy? previous = null)
    {
        if (periodEnd <= periodStart) throw new BusinessException(RobotPlanErrorCodes.PolicyPeriodInvalid, "periodEnd");
        if (premium <= 0) throw new BusinessException(RobotPlanErrorCodes.PolicyAmountInvalid, "premium");
        if (sumInsured <= 0) throw new BusinessException(RobotPlanErrorCodes.PolicyAmountInvalid, "sumInsured");
        if (liabilityLimit <= 0) throw new BusinessException(RobotPlanErrorCodes.PolicyAmountInvalid, "liabilityLimit");
        EnterpriseId = enterpriseId;
        Insurer = insurer.Trim();
        PolicyNumber = policyNumber.Trim();
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        Premium = premium;
        SumInsured = sumInsured;
        LiabilityLimit = liabilityLimit;
        _units.AddRange(units);
        if (_units.Count == 0) throw new BusinessException(RobotPlanErrorCodes.PolicyWithoutUnits, "units");
        PolicyYear = 1;
        if (previous is not null) ContinueFrom(previous);
    }

    /// <summary>先保后补: the premium counts as paid only in full and with the payment proof attached.</summary>
    public void RecordPremiumPayment(decimal paid, Guid proofFileId)
    {
        if (paid <= 0) throw new BusinessException(RobotPlanErrorCodes.PolicyAmountInvalid, "premiumPaid");
        PremiumPaid = paid;
        PremiumProofFileId = proofFileId;
    }

    private void ContinueFrom(InsurancePolicy previous)
    {
        // each compensated year directly follows the previous one — no day uncovered in between.
        if (previous.EnterpriseId != EnterpriseId || previous.PeriodEnd.AddDays(1) != PeriodStart)
            throw new BusinessException(RobotPlanErrorCodes.PolicyCoverageGap, "previousPolicyId");
        PreviousPolicyId = previous.Id;
        PolicyYear = previous.PolicyYear + 1;
    }
}
