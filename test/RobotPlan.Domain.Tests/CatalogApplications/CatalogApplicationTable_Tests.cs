using RobotPlan.CatalogApplications;
using RobotPlan.Errors;
using RobotPlan.Reviews;
using RobotPlan.SeedWork;
using A = RobotPlan.CatalogApplications.CatalogApplicationAct;
using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;

namespace RobotPlan.Domain.Tests.CatalogApplications;

/// <summary>R-11's table: every state × act gives the next state and who may act, or the catalog's illegal-transition code.</summary>
public sealed class CatalogApplicationTable_Tests
{
    private const string Enterprise = "enterprise", District = "district-reviewer", Municipal = "municipal-reviewer", Expert = "expert",
        System = "system";

    /// <summary>Written out independently of the aggregate: (from, act) → (to, who may act).</summary>
    private static readonly Dictionary<(S From, A Act), (S To, string Who)> Legal = new()
    {
        [(S.Draft, A.Submit)] = (S.Submitted, Enterprise),
        [(S.Returned, A.Submit)] = (S.Submitted, Enterprise),
        [(S.Draft, A.Withdraw)] = (S.Withdrawn, Enterprise),
        [(S.Submitted, A.Withdraw)] = (S.Withdrawn, Enterprise),
        [(S.DistrictReview, A.Withdraw)] = (S.Withdrawn, Enterprise),
        [(S.MunicipalReview, A.Withdraw)] = (S.Withdrawn, Enterprise),
        [(S.ExpertReview, A.Withdraw)] = (S.Withdrawn, Enterprise),
        [(S.PendingDecision, A.Withdraw)] = (S.Withdrawn, Enterprise),
        [(S.Returned, A.Withdraw)] = (S.Withdrawn, Enterprise),
        [(S.Submitted, A.StartDistrictReview)] = (S.DistrictReview, District),
        [(S.DistrictReview, A.DistrictApprove)] = (S.MunicipalReview, District),
        [(S.MunicipalReview, A.FormalApprove)] = (S.ExpertReview, Municipal),
        [(S.ExpertReview, A.PassExpertReview)] = (S.PendingDecision, Expert),
        [(S.ExpertReview, A.FailExpertReview)] = (S.Rejected, Expert),
        [(S.PendingDecision, A.Decide)] = (S.InPublicNotice, Municipal),
        [(S.InPublicNotice, A.RejectAfterObjection)] = (S.Rejected, Municipal),
        [(S.InPublicNotice, A.MarkListed)] = (S.Listed, System),
        [(S.Submitted, A.Return)] = (S.Returned, District),
        [(S.DistrictReview, A.Return)] = (S.Returned, District),
        [(S.MunicipalReview, A.Return)] = (S.Returned, Municipal),
        [(S.PendingDecision, A.Return)] = (S.Returned, Municipal), // a file blocked at the decision (issue #19)
        [(S.Submitted, A.Reject)] = (S.Rejected, District),
        [(S.DistrictReview, A.Reject)] = (S.Rejected, District),
        [(S.MunicipalReview, A.Reject)] = (S.Rejected, Municipal),
        [(S.PendingDecision, A.Reject)] = (S.Rejected, Municipal),
    };

    public static TheoryData<S, A> EveryMove()
    {
        var data = new TheoryData<S, A>();
        foreach (var state in Enum.GetValues<S>()) foreach (var act in Enum.GetValues<A>()) data.Add(state, act);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryMove))]
    public void Should_Give_The_Next_State_And_Who_Acts_Or_Refuse_With_The_Catalog_Code_When_Asked_For_A_Move(S from, A act)
    {
        if (Legal.TryGetValue((from, act), out var legal))
        {
            CatalogApplication.Transitions.Find(from, act).ShouldBe(new Transition<S>(legal.To, legal.Who));
            CatalogApplication.Transitions.Ensure(from, act).ShouldBe(legal.To);
            return;
        }
        CatalogApplication.Transitions.Find(from, act).ShouldBeNull();
        var error = Should.Throw<BusinessException>(() => CatalogApplication.Transitions.Ensure(from, act));
        error.Code.ShouldBe(RobotPlanErrorCodes.IllegalTransition);
        error.Arguments.ShouldBe([from, Legal.First(m => m.Key.Act == act).Value.To]);
    }

    [Fact]
    public void Should_Have_No_Row_Beyond_The_Written_Table() =>
        CatalogApplication.Transitions.Rows.Select(r => (r.From, r.Act)).ShouldBe(Legal.Keys, ignoreOrder: true);
}
