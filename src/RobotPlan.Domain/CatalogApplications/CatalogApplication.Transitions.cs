using RobotPlan.CatalogBatches;
using RobotPlan.Errors;
using RobotPlan.Reviews;
using RobotPlan.SeedWork;
using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;

namespace RobotPlan.CatalogApplications;

// the only transitions that exist. Eligibility is checked by CatalogApplicationManager before Submit.
public partial class CatalogApplication
{
    /// <summary>State, window and form checks of <see cref="Submit"/>, without changing anything.</summary>
    public void EnsureSubmittable(CatalogBatch batch, DateTime now)
    {
        EnsureIn(S.Submitted, S.Draft, S.Returned);
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
        MoveTo(S.Submitted, actor, now, null);
    }

    /// <summary>By the enterprise, any time before the decision puts the file in public notice.</summary>
    public void Withdraw(ReviewActor actor, DateTime now, string? comment = null)
    {
        EnsureIn(S.Withdrawn, S.Draft, S.Submitted, S.DistrictReview, S.MunicipalReview, S.ExpertReview, S.PendingDecision, S.Returned);
        MoveTo(S.Withdrawn, actor, now, comment);
    }

    /// <summary>初审 starts: the district reviewer of the enterprise's jurisdiction takes the file.</summary>
    public void StartDistrictReview(ReviewActor actor, DateTime now)
    {
        EnsureIn(S.DistrictReview, S.Submitted);
        MoveTo(S.DistrictReview, actor, now, null);
    }

    public void ApproveByDistrict(ReviewActor actor, DateTime now, string? comment = null)
    {
        EnsureIn(S.MunicipalReview, S.DistrictReview);
        MoveTo(S.MunicipalReview, actor, now, comment);
    }

    /// <summary>形式审查 passed: the file goes to the expert panel.</summary>
    public void ApproveFormalReview(ReviewActor actor, DateTime now, string? comment = null)
    {
        EnsureIn(S.ExpertReview, S.MunicipalReview);
        MoveTo(S.ExpertReview, actor, now, comment);
    }

    /// <summary>R-14: all required scores are in; a failed file is rejected with its mean as the reason.</summary>
    public void CompleteExpertReview(bool passed, decimal meanScore, ReviewActor actor, DateTime now)
    {
        EnsureIn(passed ? S.PendingDecision : S.Rejected, S.ExpertReview);
        ExpertMeanScore = meanScore;
        var comment = meanScore.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        if (!passed) StatusReason = comment;
        MoveTo(passed ? S.PendingDecision : S.Rejected, actor, now, comment);
    }

    /// <summary>The municipal decision puts a passed file into public notice .</summary>
    public void Decide(ReviewActor actor, DateTime now, string? comment = null)
    {
        EnsureIn(S.InPublicNotice, S.PendingDecision);
        MoveTo(S.InPublicNotice, actor, now, comment);
    }

    /// <summary>An upheld objection rejects the file .</summary>
    public void RejectAfterObjection(string reason, ReviewActor actor, DateTime now)
    {
        EnsureIn(S.Rejected, S.InPublicNotice);
        Reject(reason, actor, now, checkState: false);
    }

    /// <summary>R-16: the notice ended with nothing unresolved and the listing exists.</summary>
    public void MarkListed(Guid listingId, ReviewActor actor, DateTime now)
    {
        EnsureIn(S.Listed, S.InPublicNotice);
        ListingId = listingId;
        MoveTo(S.Listed, actor, now, null);
    }

    /// <summary>
    /// Back to the enterprise with a reason during district or municipal review, or at the decision when a rule
    /// re-checked there now blocks the file: the enterprise can mend it instead of being rejected outright.
    /// </summary>
    public void ReturnForRevision(string reason, ReviewActor actor, DateTime now)
    {
        EnsureIn(S.Returned, S.Submitted, S.DistrictReview, S.MunicipalReview, S.PendingDecision);
        StatusReason = RequireReason(reason);
        MoveTo(S.Returned, actor, now, StatusReason);
    }

    /// <summary>Final, with a reason: by a reviewer during review, or at the decision.</summary>
    public void Reject(string reason, ReviewActor actor, DateTime now) => Reject(reason, actor, now, checkState: true);

    private void Reject(string reason, ReviewActor actor, DateTime now, bool checkState)
    {
        if (checkState) EnsureIn(S.Rejected, S.Submitted, S.DistrictReview, S.MunicipalReview, S.PendingDecision);
        StatusReason = RequireReason(reason);
        MoveTo(S.Rejected, actor, now, StatusReason);
    }

    private void EnsureIn(S to, params S[] allowedFrom) => TransitionGuard.EnsureIn(RobotPlanErrorCodes.IllegalTransition, Status, to, allowedFrom);

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
