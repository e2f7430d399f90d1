using RobotPlan.CatalogApplications;
using RobotPlan.Errors;
using RobotPlan.FirstUnitInsurance;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyAwards;
using RobotPlan.SubsidyClaims;
using S = RobotPlan.SubsidyClaims.SubsidyClaimStatus;
using RobotPlan.Reviews;

namespace RobotPlan.Domain.Tests.SubsidyClaims;

/// <summary>R-36: each transition is one method; anything else is refused with a code; every move is in the history .</summary>
public sealed class SubsidyClaim_Tests
{
    private static readonly DateTime Now = new(2025, 10, 1, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Maker = Guid.CreateVersion7();
    private static readonly ReviewActor Actor = new(Guid.CreateVersion7(), "tester", "enterprise", null);

    private static SubsidyProgram Program(SubsidyKind kind) =>
        new(2025, kind, "2025 首台（套）", Now.AddDays(-10), Now.AddDays(60), 1_000_000m, SubsidyParameters.Default, Now);

    private static InsurancePolicy Policy() =>
        new(Maker, "人保财险重庆分公司", "PICC-1", new DateOnly(2025, 3, 1), new DateOnly(2026, 2, 28), 30_000m, 1_000_000m, 2_000_000m,
            [new InsuredUnit(Guid.CreateVersion7(), "SN-1", "91500000MA5U00000X", "买方", "HT-1", new DateOnly(2025, 3, 1), 1_000_000m)]);

    private static SubsidyClaim Draft() => SubsidyClaim.ForCompensation(Program(SubsidyKind.InsuranceCompensation), Policy(), Maker, Now);

    private static SubsidyClaim InFinanceReview()
    {
        var claim = Draft();
        claim.Submit(Actor, Now);
        claim.StartDistrictReview(Actor, Now);
        claim.ApproveByDistrict(Actor, Now);
        claim.ApproveByMunicipal(Actor, Now);
        return claim;
    }

    private static ClaimComputation Computation() => ClaimComputation.ForCompensation(1, SubsidyParameters.Default, 30_000m, 1_000_000m, 0m);

    [Fact]
    public void Should_Walk_The_Whole_Way_To_Clawed_Back_Recording_Each_Move()
    {
        var claim = InFinanceReview();
        claim.ConfirmByFinance(Computation(), Actor, Now);
        claim.ReservedAmount.ShouldBe(24_000m);
        var award = new Award(claim.Id, claim.ProgramId, claim.Kind, claim.EnterpriseId, 24_000m, 1, Now);
        claim.Approve(award, Actor, Now);
        claim.MarkPaid(Actor, Now);
        claim.ReservedAmount.ShouldBeNull();
        claim.StartClawback("伪造发票", Actor, Now);
        claim.MarkClawedBack(Actor, Now);

        claim.Status.ShouldBe(S.ClawedBack);
        claim.History.Select(h => h.To).ShouldBe([S.Submitted, S.DistrictReview, S.MunicipalReview, S.FinanceReview, S.InPublicNotice,
            S.Approved, S.Paid, S.ClawbackPending, S.ClawedBack]);
        claim.History.Select(h => h.Sequence).ShouldBe(Enumerable.Range(1, 9));
        claim.History[0].From.ShouldBe(S.Draft);
        claim.History[0].ActorName.ShouldBe("tester");
    }

    public static TheoryData<string> IllegalMoves => ["approveDistrict", "approveMunicipal", "confirm", "paid", "clawback", "reject-draft"];

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void Should_Refuse_A_Move_The_State_Does_Not_Allow(string move)
    {
        var claim = Draft();
        Action act = move switch
        {
            "approveDistrict" => () => claim.ApproveByDistrict(Actor, Now),
            "approveMunicipal" => () => claim.ApproveByMunicipal(Actor, Now),
            "confirm" => () => claim.ConfirmByFinance(Computation(), Actor, Now),
            "paid" => () => claim.MarkPaid(Actor, Now),
            "clawback" => () => claim.StartClawback("x", Actor, Now),
            _ => () => claim.Reject("x", Actor, Now),
        };
        Should.Throw<BusinessException>(act).Code.ShouldBe(RobotPlanErrorCodes.ClaimIllegalTransition);
        claim.Status.ShouldBe(S.Draft);
        claim.History.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Hand_Back_The_Reservation_When_Rejected_Or_Withdrawn_After_Confirmation()
    {
        var rejected = InFinanceReview();
        rejected.ConfirmByFinance(Computation(), Actor, Now);
        rejected.Reject("异议成立", Actor, Now).ShouldBe(24_000m);
        rejected.ReservedAmount.ShouldBeNull();

        var withdrawn = InFinanceReview();
        withdrawn.ConfirmByFinance(Computation(), Actor, Now);
        withdrawn.Withdraw(Actor, Now).ShouldBe(24_000m);

        InFinanceReview().Reject("材料不全", Actor, Now).ShouldBeNull();
    }

    [Fact]
    public void Should_Refuse_Confirming_Nothing_And_A_Return_Without_Reason()
    {
        var claim = InFinanceReview();
        var zero = ClaimComputation.ForCompensation(1, SubsidyParameters.Default, 30_000m, 1_000_000m, 5_000_000m);
        Should.Throw<BusinessException>(() => claim.ConfirmByFinance(zero, Actor, Now)).Code.ShouldBe(RobotPlanErrorCodes.ClaimNothingToAward);
        Should.Throw<BusinessException>(() => claim.ReturnForRevision(" ", Actor, Now)).Field.ShouldBe("reason");
        claim.Status.ShouldBe(S.FinanceReview);
    }

    [Fact]
    public void Should_Refuse_A_Policy_Of_Another_Enterprise_And_A_Programme_Of_The_Other_Kind()
    {
        Should.Throw<BusinessException>(() => SubsidyClaim.ForCompensation(Program(SubsidyKind.InsuranceCompensation), Policy(), Guid.CreateVersion7(), Now))
            .Code.ShouldBe(RobotPlanErrorCodes.ClaimPolicyNotOwned);
        Should.Throw<BusinessException>(() => SubsidyClaim.ForCompensation(Program(SubsidyKind.FirstPurchaseReward), Policy(), Maker, Now))
            .Code.ShouldBe(RobotPlanErrorCodes.ClaimProgramKindMismatch);
    }

    [Fact]
    public void Should_Edit_A_Reward_Claim_Only_While_It_Is_With_The_Buyer()
    {
        var purchase = new RewardPurchase(Guid.CreateVersion7(), "SN-9", "91500000MA5U00000X", "HT-9", new DateOnly(2025, 5, 1),
            new DateOnly(2025, 6, 1), 500_000m);
        var claim = SubsidyClaim.ForReward(Program(SubsidyKind.FirstPurchaseReward), Maker, purchase, Now);
        claim.AttachDocument(new ClaimDocument(ClaimDocumentKind.Contract, Guid.CreateVersion7(), "合同.pdf"));
        claim.HasAllDocuments.ShouldBeFalse();
        claim.Submit(Actor, Now);
        Should.Throw<BusinessException>(() => claim.UpdatePurchase(purchase with { ContractPrice = 1m })).Code.ShouldBe(RobotPlanErrorCodes.ClaimNotEditable);
        Should.Throw<BusinessException>(() => SubsidyClaim.ForReward(Program(SubsidyKind.FirstPurchaseReward), Maker, purchase with { ContractPrice = 0.001m }, Now))
            .Field.ShouldBe("contractPrice");
    }
}
