using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.Domain.Tests.CatalogBatches;
using RobotPlan.Errors;
using RobotPlan.SeedWork;
using F = RobotPlan.Domain.Tests.CatalogApplications.CatalogApplicationFactory;
using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;

namespace RobotPlan.Domain.Tests.CatalogApplications;

/// <summary>R-11 as a table: every act tried from every state; only the listed moves exist.</summary>
public sealed class CatalogApplicationTransitions_Tests
{
    private static readonly CatalogBatch Batch = CatalogBatchFactory.Batch();
    private static readonly DateTime Later = F.Now.AddHours(1);

    private static readonly Dictionary<string, Action<CatalogApplication>> Acts = new()
    {
        ["Submit"] = a => a.Submit(Batch, F.Enterprise, Later),
        ["Withdraw"] = a => a.Withdraw(F.Enterprise, Later),
        ["StartDistrictReview"] = a => a.StartDistrictReview(F.District, Later),
        ["ApproveByDistrict"] = a => a.ApproveByDistrict(F.District, Later),
        ["ApproveFormalReview"] = a => a.ApproveFormalReview(F.Municipal, Later),
        ["CompleteExpertReviewPassed"] = a => a.CompleteExpertReview(true, 60m, F.Municipal, Later),
        ["CompleteExpertReviewFailed"] = a => a.CompleteExpertReview(false, 59.99m, F.Municipal, Later),
        ["Decide"] = a => a.Decide(F.Municipal, Later),
        ["RejectAfterObjection"] = a => a.RejectAfterObjection("异议成立", F.Municipal, Later),
        ["MarkListed"] = a => a.MarkListed(Guid.CreateVersion7(), F.Municipal, Later),
        ["ReturnForRevision"] = a => a.ReturnForRevision("请补充合同", F.District, Later),
        ["Reject"] = a => a.Reject("不符合条件", F.Municipal, Later),
    };

    private static readonly Dictionary<(S From, string Act), S> Legal = new()
    {
        [(S.Draft, "Submit")] = S.Submitted,
        [(S.Returned, "Submit")] = S.Submitted,
        [(S.Submitted, "StartDistrictReview")] = S.DistrictReview,
        [(S.DistrictReview, "ApproveByDistrict")] = S.MunicipalReview,
        [(S.MunicipalReview, "ApproveFormalReview")] = S.ExpertReview,
        [(S.ExpertReview, "CompleteExpertReviewPassed")] = S.PendingDecision,
        [(S.ExpertReview, "CompleteExpertReviewFailed")] = S.Rejected,
        [(S.PendingDecision, "Decide")] = S.InPublicNotice,
        [(S.InPublicNotice, "RejectAfterObjection")] = S.Rejected,
        [(S.InPublicNotice, "MarkListed")] = S.Listed,
        [(S.Submitted, "ReturnForRevision")] = S.Returned,
        [(S.DistrictReview, "ReturnForRevision")] = S.Returned,
        [(S.MunicipalReview, "ReturnForRevision")] = S.Returned,
        // A file a rule blocks at the decision goes back to be mended (R-13, issue 19).
        [(S.PendingDecision, "ReturnForRevision")] = S.Returned,
        [(S.Submitted, "Reject")] = S.Rejected,
        [(S.DistrictReview, "Reject")] = S.Rejected,
        [(S.MunicipalReview, "Reject")] = S.Rejected,
        [(S.PendingDecision, "Reject")] = S.Rejected,
        [(S.Draft, "Withdraw")] = S.Withdrawn,
        [(S.Submitted, "Withdraw")] = S.Withdrawn,
        [(S.DistrictReview, "Withdraw")] = S.Withdrawn,
        [(S.MunicipalReview, "Withdraw")] = S.Withdrawn,
        [(S.ExpertReview, "Withdraw")] = S.Withdrawn,
        [(S.PendingDecision, "Withdraw")] = S.Withdrawn,
        [(S.Returned, "Withdraw")] = S.Withdrawn,
    };

    public static TheoryData<S, string> LegalMoves => Moves(Legal.Keys);

    public static TheoryData<S, string> IllegalMoves =>
        Moves(Enum.GetValues<S>().SelectMany(s => Acts.Keys.Select(act => (s, act))).Where(m => !Legal.ContainsKey(m)));

    private static TheoryData<S, string> Moves(IEnumerable<(S From, string Act)> moves)
    {
        var data = new TheoryData<S, string>();
        foreach (var (from, act) in moves) data.Add(from, act);
        return data;
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void Should_Move_And_Append_History_When_Transition_Is_Legal(S from, string act)
    {
        var application = F.In(from, Batch);
        var entries = application.History.Count;

        Acts[act](application);

        application.Status.ShouldBe(Legal[(from, act)]);
        application.StatusChangedAt.ShouldBe(Later);
        application.History.Count.ShouldBe(entries + 1);
        var entry = application.History[^1];
        entry.ShouldSatisfyAllConditions(e => e.From.ShouldBe(from), e => e.To.ShouldBe(application.Status), e => e.At.ShouldBe(Later),
            e => e.ActorName.ShouldNotBeNullOrEmpty(), e => e.ActorRole.ShouldNotBeNullOrEmpty());
        application.DomainEvents.OfType<CatalogApplicationStatusChanged>().Last().To.ShouldBe(application.Status);
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void Should_Refuse_And_Leave_File_Unchanged_When_Transition_Is_Illegal(S from, string act)
    {
        var application = F.In(from, Batch);
        var entries = application.History.Count;

        var error = Should.Throw<BusinessException>(() => Acts[act](application));

        error.Code.ShouldBe(RobotPlanErrorCodes.IllegalTransition);
        application.Status.ShouldBe(from);
        application.History.Count.ShouldBe(entries);
    }

    /// <summary>The aggregate's methods, as tried above, are the acts of <see cref="CatalogApplication.Transitions"/>.</summary>
    private static readonly Dictionary<string, CatalogApplicationAct> ActOf = new()
    {
        ["Submit"] = CatalogApplicationAct.Submit, ["Withdraw"] = CatalogApplicationAct.Withdraw,
        ["StartDistrictReview"] = CatalogApplicationAct.StartDistrictReview, ["ApproveByDistrict"] = CatalogApplicationAct.DistrictApprove,
        ["ApproveFormalReview"] = CatalogApplicationAct.FormalApprove, ["CompleteExpertReviewPassed"] = CatalogApplicationAct.PassExpertReview,
        ["CompleteExpertReviewFailed"] = CatalogApplicationAct.FailExpertReview, ["Decide"] = CatalogApplicationAct.Decide,
        ["RejectAfterObjection"] = CatalogApplicationAct.RejectAfterObjection, ["MarkListed"] = CatalogApplicationAct.MarkListed,
        ["ReturnForRevision"] = CatalogApplicationAct.Return, ["Reject"] = CatalogApplicationAct.Reject,
    };

    [Fact]
    public void Should_Make_Exactly_The_Moves_Of_The_Transition_Table_When_Its_Methods_Are_Tried() =>
        Legal.Select(m => (m.Key.From, ActOf[m.Key.Act], m.Value))
            .ShouldBe(CatalogApplication.Transitions.Rows.Select(r => (r.From, r.Act, r.Move.To)), ignoreOrder: true);

    [Fact]
    public void Should_Cover_Every_State_In_The_Table() =>
        Enum.GetValues<S>().Where(s => !Legal.Keys.Any(k => k.From == s || Legal[k] == s)).ShouldBeEmpty();
}
