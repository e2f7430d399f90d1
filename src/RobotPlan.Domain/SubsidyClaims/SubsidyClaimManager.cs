using RobotPlan.Calendar;
using RobotPlan.CatalogApplications;
using RobotPlan.Errors;
using RobotPlan.PublicNotices;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyAwards;
using RobotPlan.SubsidyPrograms;
using RobotPlan.Reviews;

namespace RobotPlan.SubsidyClaims;

/// <summary>The acts that touch more than the claim: eligibility at submission, the budget and the notice at confirmation, the award at approval.</summary>
public sealed class SubsidyClaimManager(
    SubsidyClaimChecker checker,
    IBudgetLedger ledger,
    IPublicNoticeRepository notices,
    ICalendarRepository calendar,
    IAwardRepository awards,
    TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task SubmitAsync(SubsidyClaim claim, SubsidyProgram program, ReviewActor actor, CancellationToken ct)
    {
        claim.EnsureSubmittable();
        var outcome = await checker.CheckAsync(claim, program, atSubmission: true, ct);
        if (!outcome.Result.IsEligible) throw new ClaimNotEligibleException([.. outcome.Result.Failures]);
        claim.Submit(actor, Now);
    }

    /// <summary>
    /// 财政确认: eligibility again, the amount with the current parameter version, then one conditional reservation on the
    /// programme's budget — refused with <see cref="RobotPlanErrorCodes.ClaimBudgetExceeded"/> when the remaining budget cannot
    /// cover it — and the notice. The caller runs this in one transaction with the save, so a lost race (409) undoes the reservation.
    /// </summary>
    public async Task<PublicNotice> ConfirmAsync(SubsidyClaim claim, SubsidyProgram program, ReviewActor actor, string? comment, CancellationToken ct)
    {
        claim.EnsureConfirmable();
        // Computed before anything moves: an unknown calendar year refuses the confirmation (R-15, never a guess).
        var window = NoticeWindow.Compute(await calendar.GetCalendarAsync(ct), Now, SubsidyClaimConsts.NoticeWorkingDays);
        var outcome = await checker.CheckAsync(claim, program, atSubmission: false, ct);
        if (!outcome.Result.IsEligible) throw new ClaimNotEligibleException([.. outcome.Result.Failures]);
        var computation = outcome.Computation ?? throw new BusinessException(RobotPlanErrorCodes.ClaimNothingToAward);
        if (computation.Amount <= 0) throw new BusinessException(RobotPlanErrorCodes.ClaimNothingToAward);
        if (!await ledger.TryReserveAsync(program.Id, computation.Amount, ct))
            throw new BusinessException(RobotPlanErrorCodes.ClaimBudgetExceeded, null, computation.Amount);
        claim.ConfirmByFinance(computation, actor, Now, comment);
        var notice = new PublicNotice(program.Id, $"{program.Title} 拟补助公示", [claim], window, SubsidyClaimConsts.NoticeWorkingDays, Now);
        claim.PublishedIn(notice);
        await notices.AddAsync(notice, ct);
        return notice;
    }

    /// <summary>Rejection or withdrawal after confirmation gives the reservation back, in the caller's transaction.</summary>
    public async Task ReleaseAsync(SubsidyClaim claim, decimal? released, CancellationToken ct)
    {
        if (released is { } amount) await ledger.ReleaseAsync(claim.ProgramId, amount, ct);
    }

    /// <summary>R-36: the notice ended with nothing unresolved; the award keeps the claim's reservation until payment consumes it.</summary>
    public async Task<Award> ApproveAsync(SubsidyClaim claim, ReviewActor actor, CancellationToken ct)
    {
        var computation = claim.Computation ?? throw new BusinessException(RobotPlanErrorCodes.ClaimIllegalTransition, null, claim.Status,
            SubsidyClaimStatus.Approved);
        var award = new Award(claim.Id, claim.ProgramId, claim.Kind, claim.EnterpriseId, computation.Amount, computation.ParameterVersion, Now);
        award.AttachExplanation(computation);
        claim.Approve(award, actor, Now);
        await awards.AddAsync(award, ct);
        return award;
    }
}
