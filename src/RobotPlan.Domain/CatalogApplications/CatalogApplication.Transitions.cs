using RobotPlan.CatalogBatches;
using RobotPlan.Errors;
using RobotPlan.Identity;
using RobotPlan.Reviews;
using RobotPlan.SeedWork;
using A = RobotPlan.CatalogApplications.CatalogApplicationAct;
using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;

namespace RobotPlan.CatalogApplications;

// the only transitions that exist are the rows of Transitions. Eligibility is checked by
// CatalogApplicationManager before Submit.
public partial class CatalogApplication
{
    /// <summary>R-11 as one table: state × act → next state × the role that may act (the listing job acts as the system).</summary>
    public static readonly TransitionTable<S, A> Transitions = new TransitionTable<S, A>(RobotPlanErrorCodes.IllegalTransition)
        .Allow(A.Submit, S.Submitted, RobotPlanRoles.Enterprise, S.Draft, S.Returned)
        // The enterprise may withdraw until the decision puts the file in public notice.
        .Allow(A.Withdraw, S.Withdrawn, RobotPlanRoles.Enterprise,
            S.Draft, S.Submitted, S.DistrictReview, S.MunicipalReview, S.ExpertReview, S.PendingDecision, S.Returned)
        .Allow(A.StartDistrictReview, S.DistrictReview, RobotPlanRoles.DistrictReviewer, S.Submitted)
        .Allow(A.DistrictApprove, S.MunicipalReview, RobotPlanRoles.DistrictReviewer, S.DistrictReview)
        .Allow(A.FormalApprove, S.ExpertReview, RobotPlanRoles.MunicipalReviewer, S.MunicipalReview)
        .Allow(A.PassExpertReview, S.PendingDecision, RobotPlanRoles.Expert, S.ExpertReview)
        .Allow(A.FailExpertReview, S.Rejected, RobotPlanRoles.Expert, S.ExpertReview)
        .Allow(A.Decide, S.InPublicNotice, RobotPlanRoles.MunicipalReviewer, S.PendingDecision)
        .Allow(A.RejectAfterObjection, S.Rejected, RobotPlanRoles.MunicipalReviewer, S.InPublicNotice)
        .Allow(A.MarkListed, S.Listed, ReviewActor.SystemRole, S.InPublicNotice)
        // Returning and rejecting belong to whoever holds the step: 初审 the district, 形式审查 and the decision the municipality.
        .Allow(A.Return, S.Returned, RobotPlanRoles.DistrictReviewer, S.Submitted, S.DistrictReview)
        // At the decision too: a file a rule re-checked there now blocks goes back to be mended, not only rejected.
        .Allow(A.Return, S.Returned, RobotPlanRoles.MunicipalReviewer, S.MunicipalReview, S.PendingDecision)
        .Allow(A.Reject, S.Rejected, RobotPlanRoles.DistrictReviewer, S.Submitted, S.DistrictReview)
        .Allow(A.Reject, S.Rejected, RobotPlanRoles.MunicipalReviewer, S.MunicipalReview, S.PendingDecision);

    /// <summary>State, window and form checks of <see cref="Submit"/>, without changing anything.</summary>
    public void EnsureSubmittable(CatalogBatch batch, DateTime now)
    {
        Ensure(A.Submit);
        if (batch.Id != BatchId) throw new ArgumentException("The file belongs to another batch.", nameof(batch));
        if (Status == S.Draft) batch.EnsureAcceptsSubmissions(now);
        else if (now >= batch.RevisionDeadline) throw new BusinessException(RobotPlanErrorCodes.RevisionDeadlinePassed);
        if (!HasFilledForm) throw new BusinessException(RobotPlanErrorCodes.ApplicationFormMismatch);
    }

    /// <summary>A draft inside the batch window, or a returned file before the revision deadline.</summary>
    public void Submit(CatalogBatch batch, ReviewActor actor, DateTime now)
    {
        EnsureSubmittable(batch, now);
        SubmittedAt = now;
        StatusReason = null;
        MoveTo(Ensure(A.Submit), actor, now, null);
    }

    /// <summary>By the enterprise, any time before the decision puts the file in public notice.</summary>
    public void Withdraw(ReviewActor actor, DateTime now, string? comment = null)
    {
        MoveTo(Ensure(A.Withdraw), actor, now, comment);
    }

    /// <summary>初审 starts: the district reviewer of the enterprise's jurisdiction takes the file.</summary>
    public void StartDistrictReview(ReviewActor actor, DateTime now)
    {
        MoveTo(Ensure(A.StartDistrictReview), actor, now, null);
    }

    public void ApproveByDistrict(ReviewActor actor, DateTime now, string? comment = null)
    {
        MoveTo(Ensure(A.DistrictApprove), actor, now, comment);
    }

    /// <summary>形式审查 passed: the file goes to the expert panel.</summary>
    public void ApproveFormalReview(ReviewActor actor, DateTime now, string? comment = null)
    {
        MoveTo(Ensure(A.FormalApprove), actor, now, comment);
    }

    /// <summary>R-14: all required scores are in; a failed file is rejected with its mean as the reason.</summary>
    public void CompleteExpertReview(bool passed, decimal meanScore, ReviewActor actor, DateTime now)
    {
        var to = Ensure(passed ? A.PassExpertReview : A.FailExpertReview);
        ExpertMeanScore = meanScore;
        var comment = meanScore.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        if (!passed) StatusReason = comment;
        MoveTo(to, actor, now, comment);
    }

    /// <summary>The municipal decision puts a passed file into public notice .</summary>
    public void Decide(ReviewActor actor, DateTime now, string? comment = null)
    {
        MoveTo(Ensure(A.Decide), actor, now, comment);
    }

    /// <summary>An upheld objection rejects the file .</summary>
    public void RejectAfterObjection(string reason, ReviewActor actor, DateTime now)
    {
        Reject(A.RejectAfterObjection, reason, actor, now);
    }

    /// <summary>R-16: the notice ended with nothing unresolved and the listing exists.</summary>
    public void MarkListed(Guid listingId, ReviewActor actor, DateTime now)
    {
        var to = Ensure(A.MarkListed);
        ListingId = listingId;
        MoveTo(to, actor, now, null);
    }

    /// <summary>
    /// Back to the enterprise with a reason during district or municipal review, or at the decision when a rule
    /// re-checked there now blocks the file: the enterprise can mend it instead of being rejected outright.
    /// </summary>
    public void ReturnForRevision(string reason, ReviewActor actor, DateTime now)
    {
        var to = Ensure(A.Return);
        StatusReason = RequireReason(reason);
        MoveTo(to, actor, now, StatusReason);
    }

    /// <summary>Final, with a reason: by a reviewer during review, or at the decision.</summary>
    public void Reject(string reason, ReviewActor actor, DateTime now) => Reject(A.Reject, reason, actor, now);

    private void Reject(A act, string reason, ReviewActor actor, DateTime now)
    {
        var to = Ensure(act);
        StatusReason = RequireReason(reason);
        MoveTo(to, actor, now, StatusReason);
    }

    private S Ensure(A act) => Transitions.Ensure(Status, act);

    private static string RequireReason(string? reason) => TransitionGuard.RequireReason(reason, RobotPlanErrorCodes.CatalogReasonRequired);

    private void MoveTo(S to, ReviewActor actor, DateTime now, string? comment)
    {
        _history.Add(new CatalogApplicationHistoryEntry(_history.Count + 1, actor, now, Status, to, comment));
        AddDomainEvent(new CatalogApplicationStatusChanged(Id, Status, to));
        Status = to;
        StatusChangedAt = now;
    }
}

/// <summary>Raised on every transition; notices, listings and notifications react to it.</summary>
public sealed record CatalogApplicationStatusChanged(Guid ApplicationId, S From, S To) : IDomainEvent;
