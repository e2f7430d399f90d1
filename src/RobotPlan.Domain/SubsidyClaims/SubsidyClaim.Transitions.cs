using RobotPlan.Errors;
using RobotPlan.Identity;
using RobotPlan.Reviews;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyAwards;
using A = RobotPlan.SubsidyClaims.SubsidyClaimAct;
using S = RobotPlan.SubsidyClaims.SubsidyClaimStatus;

namespace RobotPlan.SubsidyClaims;

// the only transitions that exist are the rows of Transitions. Eligibility (R-30…R-35) is checked by SubsidyClaimChecker
// before Submit and again before finance confirmation; the budget reservation is made by the caller in the same transaction.
public partial class SubsidyClaim
{
    /// <summary>R-36 as one table: state × act → next state × the role that may act (jobs and event handlers act as the system).</summary>
    public static readonly TransitionTable<S, A> Transitions = new TransitionTable<S, A>(RobotPlanErrorCodes.ClaimIllegalTransition)
        .Allow(A.Submit, S.Submitted, RobotPlanRoles.Enterprise, S.Draft, S.Returned)
        .Allow(A.Withdraw, S.Withdrawn, RobotPlanRoles.Enterprise,
            S.Draft, S.Submitted, S.DistrictReview, S.MunicipalReview, S.FinanceReview, S.Returned, S.InPublicNotice)
        .Allow(A.StartDistrictReview, S.DistrictReview, RobotPlanRoles.DistrictReviewer, S.Submitted)
        .Allow(A.DistrictApprove, S.MunicipalReview, RobotPlanRoles.DistrictReviewer, S.DistrictReview)
        .Allow(A.MunicipalApprove, S.FinanceReview, RobotPlanRoles.MunicipalReviewer, S.MunicipalReview)
        .Allow(A.FinanceConfirm, S.InPublicNotice, RobotPlanRoles.FinanceOfficer, S.FinanceReview)
        .Allow(A.Approve, S.Approved, ReviewActor.SystemRole, S.InPublicNotice)
        // Returning and rejecting belong to whoever holds the step; during the notice an upheld objection rejects (municipal).
        .Allow(A.Return, S.Returned, RobotPlanRoles.DistrictReviewer, S.Submitted, S.DistrictReview)
        .Allow(A.Return, S.Returned, RobotPlanRoles.MunicipalReviewer, S.MunicipalReview)
        .Allow(A.Return, S.Returned, RobotPlanRoles.FinanceOfficer, S.FinanceReview)
        .Allow(A.Reject, S.Rejected, RobotPlanRoles.DistrictReviewer, S.Submitted, S.DistrictReview)
        .Allow(A.Reject, S.Rejected, RobotPlanRoles.MunicipalReviewer, S.MunicipalReview, S.InPublicNotice)
        .Allow(A.Reject, S.Rejected, RobotPlanRoles.FinanceOfficer, S.FinanceReview)
        .Allow(A.MarkPaid, S.Paid, ReviewActor.SystemRole, S.Approved)
        .Allow(A.StartClawback, S.ClawbackPending, ReviewActor.SystemRole, S.Paid)
        .Allow(A.MarkClawedBack, S.ClawedBack, ReviewActor.SystemRole, S.ClawbackPending);

    /// <summary>State and window checks of <see cref="Submit"/> without changing anything; false when the window rule fails.</summary>
    public void EnsureSubmittable()
    {
        Ensure(A.Submit);
        if (Kind == SubsidyPrograms.SubsidyKind.FirstPurchaseReward && Purchase is null)
            throw new BusinessException(RobotPlanErrorCodes.ClaimNotEligible, "purchase");
    }

    /// <summary>A draft inside the programme window (checked as an eligibility rule), or a returned claim.</summary>
    public void Submit(ReviewActor actor, DateTime now)
    {
        EnsureSubmittable();
        SubmittedAt = now;
        StatusReason = null;
        MoveTo(Ensure(A.Submit), actor, now, null);
    }

    /// <summary>By the enterprise before approval; a claim in notice gives its reservation back (the caller releases it).</summary>
    public decimal? Withdraw(ReviewActor actor, DateTime now, string? comment = null)
    {
        var to = Ensure(A.Withdraw);
        var released = TakeReservation();
        MoveTo(to, actor, now, comment);
        return released;
    }

    /// <summary>初审 starts: the district reviewer of the claimant's jurisdiction takes the claim.</summary>
    public void StartDistrictReview(ReviewActor actor, DateTime now)
    {
        MoveTo(Ensure(A.StartDistrictReview), actor, now, null);
    }

    public void ApproveByDistrict(ReviewActor actor, DateTime now, string? comment = null)
    {
        MoveTo(Ensure(A.DistrictApprove), actor, now, comment);
    }

    public void ApproveByMunicipal(ReviewActor actor, DateTime now, string? comment = null)
    {
        MoveTo(Ensure(A.MunicipalApprove), actor, now, comment);
    }

    /// <summary>The state check of <see cref="ConfirmByFinance"/>, before the budget is touched.</summary>
    public void EnsureConfirmable() => Ensure(A.FinanceConfirm);

    /// <summary>
    /// 财政确认: the amount is fixed with everything it was computed from, and the caller has reserved it on the programme's
    /// budget in this transaction. The claim goes into public notice.
    /// </summary>
    public void ConfirmByFinance(ClaimComputation computation, ReviewActor actor, DateTime now, string? comment = null)
    {
        EnsureConfirmable();
        if (computation.Amount <= 0) throw new BusinessException(RobotPlanErrorCodes.ClaimNothingToAward);
        Computation = computation;
        ReservedAmount = computation.Amount;
        MoveTo(Ensure(A.FinanceConfirm), actor, now, comment ?? computation.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The notice the confirmed claim was published in.</summary>
    public void PublishedIn(PublicNotices.PublicNotice notice)
    {
        if (Status != S.InPublicNotice || NoticeId is not null || notice.Subject != PublicNotices.NoticeSubject.SubsidyClaim)
            throw new BusinessException(RobotPlanErrorCodes.ClaimIllegalTransition, null, Status, S.InPublicNotice);
        NoticeId = notice.Id;
    }

    /// <summary>The notice ended with nothing unresolved: the award exists (one per claim) and keeps the reservation.</summary>
    public void Approve(Award award, ReviewActor actor, DateTime now)
    {
        var to = Ensure(A.Approve);
        if (award.ClaimId != Id || award.Amount != Computation?.Amount) throw new ArgumentException("The award is not this claim's.", nameof(award));
        AwardId = award.Id;
        MoveTo(to, actor, now, null);
    }

    /// <summary>Back to the enterprise with a reason, before finance confirmation.</summary>
    public void ReturnForRevision(string reason, ReviewActor actor, DateTime now)
    {
        var to = Ensure(A.Return);
        StatusReason = RequireReason(reason);
        MoveTo(to, actor, now, StatusReason);
    }

    /// <summary>Final, with a reason: by a reviewer, or by an upheld objection during the notice. Returns the reservation to release.</summary>
    public decimal? Reject(string reason, ReviewActor actor, DateTime now)
    {
        var to = Ensure(A.Reject);
        StatusReason = RequireReason(reason);
        var released = TakeReservation();
        MoveTo(to, actor, now, StatusReason);
        return released;
    }

    /// <summary>The award was paid (AwardPaid): the payment consumed the reservation.</summary>
    public void MarkPaid(ReviewActor actor, DateTime now, string? comment = null)
    {
        var to = Ensure(A.MarkPaid);
        ReservedAmount = null;
        MoveTo(to, actor, now, comment);
    }

    /// <summary>A fraud finding on the paid award (FraudFindingRecorded).</summary>
    public void StartClawback(string reason, ReviewActor actor, DateTime now)
    {
        var to = Ensure(A.StartClawback);
        StatusReason = RequireReason(reason);
        MoveTo(to, actor, now, StatusReason);
    }

    /// <summary>The payee repaid (AwardClawedBack).</summary>
    public void MarkClawedBack(ReviewActor actor, DateTime now)
    {
        MoveTo(Ensure(A.MarkClawedBack), actor, now, null);
    }

    private decimal? TakeReservation()
    {
        var held = ReservedAmount;
        ReservedAmount = null;
        return held;
    }

    private S Ensure(A act) => Transitions.Ensure(Status, act);

    private static string RequireReason(string? reason) => TransitionGuard.RequireReason(reason, RobotPlanErrorCodes.ClaimReasonRequired);

    private void MoveTo(S to, ReviewActor actor, DateTime now, string? comment)
    {
        _history.Add(new SubsidyClaimHistoryEntry(_history.Count + 1, actor, now, Status, to, comment));
        AddDomainEvent(new SubsidyClaimStatusChanged(Id, Status, to));
        Status = to;
        StatusChangedAt = now;
    }
}

/// <summary>Raised on every transition.</summary>
public sealed record SubsidyClaimStatusChanged(Guid ClaimId, S From, S To) : IDomainEvent;
