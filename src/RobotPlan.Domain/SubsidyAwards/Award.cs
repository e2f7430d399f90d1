using RobotPlan.Errors;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyPrograms;
using RobotPlan.Money;

namespace RobotPlan.SubsidyAwards;

/// <summary>
/// 补助资金（核定金额）: the money one approved claim grants, the thing a payout pays exactly once.
/// Created when a claim is approved, with the budget already reserved for it; payment consumes that
/// reservation. Claims follow the award's moves through the events below (one claim, one award).
/// </summary>
public partial class Award : AggregateRoot
{
    public Guid ClaimId { get; private set; }
    public Guid ProgramId { get; private set; }
    public SubsidyKind Kind { get; private set; }
    /// <summary>The enterprise the money goes to: the manufacturer or the buyer .</summary>
    public Guid PayeeEnterpriseId { get; private set; }
    public decimal Amount { get; private set; }
    /// <summary>The programme parameter version the amount was computed with.</summary>
    public int ParameterVersion { get; private set; }
    public AwardStatus Status { get; private set; }
    public DateTime ApprovedAtUtc { get; private set; }
    public DateTime? PaidAtUtc { get; private set; }
    /// <summary>The treasury's reference for the settled payment.</summary>
    public string? PaymentReference { get; private set; }
    public FraudFinding? Fraud { get; private set; }
    public DateTime? RepaidAtUtc { get; private set; }

    private Award() { }

    public Award(Guid claimId, Guid programId, SubsidyKind kind, Guid payeeEnterpriseId, decimal amount, int parameterVersion, DateTime now)
    {
        if (amount <= 0 || amount != MoneyRounding.ToFen(amount)) throw new BusinessException(RobotPlanErrorCodes.AwardAmountInvalid, "amount");
        ClaimId = claimId;
        ProgramId = programId;
        Kind = kind;
        PayeeEnterpriseId = payeeEnterpriseId;
        Amount = amount;
        ParameterVersion = parameterVersion;
        Status = AwardStatus.Approved;
        ApprovedAtUtc = now;
    }

    /// <summary>The treasury settled the payment; the caller consumes the budget reservation in the same transaction.</summary>
    public void MarkPaid(string paymentReference, DateTime now)
    {
        Require(AwardStatus.Approved);
        Status = AwardStatus.Paid;
        PaidAtUtc = now;
        PaymentReference = paymentReference;
        AddDomainEvent(new AwardPaid(Id, ClaimId, PayeeEnterpriseId, Amount));
    }

    /// <summary>追回: a fraud finding on a paid award; the payee owes <paramref name="amountDue"/>.</summary>
    public void RecordFraudFinding(string reason, string documentNumber, decimal amountDue, Guid reviewerId, DateTime now)
    {
        Require(AwardStatus.Paid);
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(RobotPlanErrorCodes.AwardReasonRequired, "reason");
        if (string.IsNullOrWhiteSpace(documentNumber)) throw new BusinessException(RobotPlanErrorCodes.AwardReasonRequired, "documentNumber");
        if (amountDue <= 0 || amountDue > Amount || amountDue != MoneyRounding.ToFen(amountDue))
            throw new BusinessException(RobotPlanErrorCodes.AwardAmountInvalid, "amountDue");
        Status = AwardStatus.ClawbackPending;
        Fraud = new FraudFinding(reason.Trim(), documentNumber.Trim(), amountDue, reviewerId, now);
        AddDomainEvent(new FraudFindingRecorded(Id, ClaimId, PayeeEnterpriseId, Fraud));
    }

    public void RecordRepayment(DateTime now)
    {
        Require(AwardStatus.ClawbackPending);
        Status = AwardStatus.ClawedBack;
        RepaidAtUtc = now;
        AddDomainEvent(new AwardClawedBack(Id, ClaimId, PayeeEnterpriseId));
    }

    private void Require(AwardStatus expected)
    {
        if (Status != expected) throw new BusinessException(RobotPlanErrorCodes.AwardIllegalTransition, null, Status, expected);
    }
}

/// <summary>What a municipal reviewer found and what the payee must repay.</summary>
public sealed record FraudFinding(string Reason, string DocumentNumber, decimal AmountDue, Guid ReviewerId, DateTime FoundAtUtc);

public sealed record AwardPaid(Guid AwardId, Guid ClaimId, Guid PayeeEnterpriseId, decimal Amount) : IDomainEvent;

/// <summary>The Credit issue turns this into a blacklist record; payouts hold the payee's other payments.</summary>
public sealed record FraudFindingRecorded(Guid AwardId, Guid ClaimId, Guid PayeeEnterpriseId, FraudFinding Finding) : IDomainEvent;

public sealed record AwardClawedBack(Guid AwardId, Guid ClaimId, Guid PayeeEnterpriseId) : IDomainEvent;
