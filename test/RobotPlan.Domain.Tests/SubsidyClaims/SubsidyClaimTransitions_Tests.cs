using RobotPlan.Errors;
using RobotPlan.FirstUnitInsurance;
using RobotPlan.Reviews;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyAwards;
using RobotPlan.SubsidyClaims;
using RobotPlan.SubsidyPrograms;
using A = RobotPlan.SubsidyClaims.SubsidyClaimAct;
using S = RobotPlan.SubsidyClaims.SubsidyClaimStatus;

namespace RobotPlan.Domain.Tests.SubsidyClaims;

/// <summary>R-36 as a table: every act tried from every state, on the table and on the aggregate; only the listed moves exist.</summary>
public sealed class SubsidyClaimTransitions_Tests
{
    private static readonly DateTime Now = new(2025, 10, 1, 2, 0, 0, DateTimeKind.Utc);
    private static readonly ReviewActor Actor = new(Guid.CreateVersion7(), "tester", "municipal-reviewer", null);
    private const string Enterprise = "enterprise", District = "district-reviewer", Municipal = "municipal-reviewer",
        Finance = "finance-officer", System = "system";

    /// <summary>Written out independently of the aggregate: (from, act) → (to, who may act).</summary>
    private static readonly Dictionary<(S From, A Act), (S To, string Who)> Legal = new()
    {
        [(S.Draft, A.Submit)] = (S.Submitted, Enterprise),
        [(S.Returned, A.Submit)] = (S.Submitted, Enterprise),
        [(S.Draft, A.Withdraw)] = (S.Withdrawn, Enterprise),
        [(S.Submitted, A.Withdraw)] = (S.Withdrawn, Enterprise),
        [(S.DistrictReview, A.Withdraw)] = (S.Withdrawn, Enterprise),
        [(S.MunicipalReview, A.Withdraw)] = (S.Withdrawn, Enterprise),
        [(S.FinanceReview, A.Withdraw)] = (S.Withdrawn, Enterprise),
        [(S.Returned, A.Withdraw)] = (S.Withdrawn, Enterprise),
        [(S.InPublicNotice, A.Withdraw)] = (S.Withdrawn, Enterprise),
        [(S.Submitted, A.StartDistrictReview)] = (S.DistrictReview, District),
        [(S.DistrictReview, A.DistrictApprove)] = (S.MunicipalReview, District),
        [(S.MunicipalReview, A.MunicipalApprove)] = (S.FinanceReview, Municipal),
        [(S.FinanceReview, A.FinanceConfirm)] = (S.InPublicNotice, Finance),
        [(S.InPublicNotice, A.Approve)] = (S.Approved, System),
        [(S.Submitted, A.Return)] = (S.Returned, District),
        [(S.DistrictReview, A.Return)] = (S.Returned, District),
        [(S.MunicipalReview, A.Return)] = (S.Returned, Municipal),
        [(S.FinanceReview, A.Return)] = (S.Returned, Finance),
        [(S.Submitted, A.Reject)] = (S.Rejected, District),
        [(S.DistrictReview, A.Reject)] = (S.Rejected, District),
        [(S.MunicipalReview, A.Reject)] = (S.Rejected, Municipal),
        [(S.FinanceReview, A.Reject)] = (S.Rejected, Finance),
        [(S.InPublicNotice, A.Reject)] = (S.Rejected, Municipal),
        [(S.Approved, A.MarkPaid)] = (S.Paid, System),
        [(S.Paid, A.StartClawback)] = (S.ClawbackPending, System),
        [(S.ClawbackPending, A.MarkClawedBack)] = (S.ClawedBack, System),
    };

    /// <summary>The state each act leads to, wherever it starts (the wanted state an illegal move reports).</summary>
    private static S Target(A act) => Legal.First(m => m.Key.Act == act).Value.To;

    public static TheoryData<S, A> EveryMove()
    {
        var data = new TheoryData<S, A>();
        foreach (var state in Enum.GetValues<S>()) foreach (var act in Enum.GetValues<A>()) data.Add(state, act);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryMove))]
    public void Should_Give_The_Next_State_And_Who_Acts_Or_Refuse_With_The_Claim_Code_When_Asked_For_A_Move(S from, A act)
    {
        if (Legal.TryGetValue((from, act), out var legal))
        {
            SubsidyClaim.Transitions.Find(from, act).ShouldBe(new Transition<S>(legal.To, legal.Who));
            SubsidyClaim.Transitions.Ensure(from, act).ShouldBe(legal.To);
            return;
        }
        SubsidyClaim.Transitions.Find(from, act).ShouldBeNull();
        var error = Should.Throw<BusinessException>(() => SubsidyClaim.Transitions.Ensure(from, act));
        error.Code.ShouldBe(RobotPlanErrorCodes.ClaimIllegalTransition);
        error.Arguments.ShouldBe([from, Target(act)]);
    }

    [Theory]
    [MemberData(nameof(EveryMove))]
    public void Should_Move_The_Claim_As_The_Table_Says_Or_Leave_It_Unchanged_When_Acting(S from, A act)
    {
        var claim = In(from);
        var entries = claim.History.Count;

        if (Legal.TryGetValue((from, act), out var legal))
        {
            Do(claim, act);
            claim.Status.ShouldBe(legal.To);
            claim.History.Count.ShouldBe(entries + 1);
            claim.History[^1].From.ShouldBe(from);
            return;
        }
        var error = Should.Throw<BusinessException>(() => Do(claim, act));
        error.Code.ShouldBe(RobotPlanErrorCodes.ClaimIllegalTransition);
        error.Arguments.ShouldBe([from, Target(act)]);
        claim.Status.ShouldBe(from);
        claim.History.Count.ShouldBe(entries);
    }

    [Fact]
    public void Should_Have_No_Row_Beyond_The_Written_Table() =>
        SubsidyClaim.Transitions.Rows.Select(r => (r.From, r.Act)).ShouldBe(Legal.Keys, ignoreOrder: true);

    private static void Do(SubsidyClaim claim, A act)
    {
        switch (act)
        {
            case A.Submit: claim.Submit(Actor, Now); break;
            case A.Withdraw: claim.Withdraw(Actor, Now); break;
            case A.StartDistrictReview: claim.StartDistrictReview(Actor, Now); break;
            case A.DistrictApprove: claim.ApproveByDistrict(Actor, Now); break;
            case A.MunicipalApprove: claim.ApproveByMunicipal(Actor, Now); break;
            case A.FinanceConfirm: claim.ConfirmByFinance(ClaimComputation.ForCompensation(1, SubsidyParameters.Default, 30_000m, 1_000_000m, 0m), Actor, Now); break;
            case A.Approve:
                claim.Approve(new Award(claim.Id, claim.ProgramId, claim.Kind, claim.EnterpriseId, claim.Computation?.Amount ?? 1m, 1, Now), Actor, Now);
                break;
            case A.Return: claim.ReturnForRevision("请补充发票", Actor, Now); break;
            case A.Reject: claim.Reject("不符合条件", Actor, Now); break;
            case A.MarkPaid: claim.MarkPaid(Actor, Now); break;
            case A.StartClawback: claim.StartClawback("伪造发票", Actor, Now); break;
            case A.MarkClawedBack: claim.MarkClawedBack(Actor, Now); break;
            default: throw new ArgumentOutOfRangeException(nameof(act), act, null);
        }
    }

    /// <summary>A compensation claim walked into <paramref name="state"/> through legal moves.</summary>
    private static SubsidyClaim In(S state)
    {
        var claim = Draft();
        foreach (var act in Path(state)) Do(claim, act);
        claim.Status.ShouldBe(state);
        claim.ClearDomainEvents();
        return claim;
    }

    private static A[] Path(S state) => state switch
    {
        S.Draft => [],
        S.Submitted => [A.Submit],
        S.DistrictReview => [A.Submit, A.StartDistrictReview],
        S.MunicipalReview => [.. Path(S.DistrictReview), A.DistrictApprove],
        S.FinanceReview => [.. Path(S.MunicipalReview), A.MunicipalApprove],
        S.InPublicNotice => [.. Path(S.FinanceReview), A.FinanceConfirm],
        S.Approved => [.. Path(S.InPublicNotice), A.Approve],
        S.Paid => [.. Path(S.Approved), A.MarkPaid],
        S.ClawbackPending => [.. Path(S.Paid), A.StartClawback],
        S.ClawedBack => [.. Path(S.ClawbackPending), A.MarkClawedBack],
        S.Returned => [A.Submit, A.Return],
        S.Rejected => [A.Submit, A.Reject],
        S.Withdrawn => [A.Withdraw],
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    private static SubsidyClaim Draft()
    {
        var maker = Guid.CreateVersion7();
        var program = new SubsidyProgram(2025, SubsidyKind.InsuranceCompensation, "2025 首台（套）", Now.AddDays(-10), Now.AddDays(60), 1_000_000m,
            SubsidyParameters.Default, Now);
        var policy = new InsurancePolicy(maker, "人保财险重庆分公司", "PICC-1", new DateOnly(2025, 3, 1), new DateOnly(2026, 2, 28), 30_000m,
            1_000_000m, 2_000_000m,
            [new InsuredUnit(Guid.CreateVersion7(), "SN-1", "91500000MA5U00000X", "买方", "HT-1", new DateOnly(2025, 3, 1), 1_000_000m)]);
        return SubsidyClaim.ForCompensation(program, policy, maker, Now);
    }
}
