using RobotPlan.CatalogApplications;
using RobotPlan.CatalogListings;
using RobotPlan.Errors;
using RobotPlan.SeedWork;
using B = RobotPlan.Domain.Tests.CatalogBatches.CatalogBatchFactory;
using F = RobotPlan.Domain.Tests.CatalogApplications.CatalogApplicationFactory;
using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;

namespace RobotPlan.Domain.Tests.CatalogApplications;

public sealed class CatalogApplication_Tests
{
    [Fact]
    public void Should_Refuse_Submission_When_Batch_Window_Has_Closed()
    {
        var batch = B.Batch();
        var draft = F.Draft(batch);
        Should.Throw<BusinessException>(() => draft.Submit(batch, F.Enterprise, B.ClosesAt)).Code.ShouldBe(RobotPlanErrorCodes.BatchClosed);
        draft.Status.ShouldBe(S.Draft);
    }

    [Fact]
    public void Should_Allow_Resubmission_After_Window_When_Before_Revision_Deadline()
    {
        var batch = B.Batch();
        var returned = F.In(S.Returned, batch);
        returned.Submit(batch, F.Enterprise, B.RevisionDeadline.AddTicks(-1));
        returned.Status.ShouldBe(S.Submitted);
        returned.StatusReason.ShouldBeNull();
    }

    [Fact]
    public void Should_Refuse_Resubmission_When_Revision_Deadline_Has_Passed()
    {
        var batch = B.Batch();
        var returned = F.In(S.Returned, batch);
        Should.Throw<BusinessException>(() => returned.Submit(batch, F.Enterprise, B.RevisionDeadline))
            .Code.ShouldBe(RobotPlanErrorCodes.RevisionDeadlinePassed);
        returned.Status.ShouldBe(S.Returned);
    }

    [Fact]
    public void Should_Refuse_Submission_When_Form_Is_Missing()
    {
        var batch = B.Batch();
        var draft = new CatalogApplication(batch, Guid.CreateVersion7(), Guid.CreateVersion7(), F.Now);
        Should.Throw<BusinessException>(() => draft.Submit(batch, F.Enterprise, F.Now)).Code.ShouldBe(RobotPlanErrorCodes.ApplicationFormMismatch);
    }

    [Fact]
    public void Should_Refuse_Other_Catalogs_Form()
    {
        var draft = F.Draft(B.Batch(CatalogKind.FirstUnit));
        Should.Throw<BusinessException>(() => draft.FillKeyProcurementForm(new KeyProcurementForm(1000m, 10, "两江新区服务站")))
            .Code.ShouldBe(RobotPlanErrorCodes.ApplicationFormMismatch);
    }

    [Fact]
    public void Should_Refuse_Form_Changes_When_File_Is_Under_Review() =>
        Should.Throw<BusinessException>(() => F.In(S.DistrictReview).FillFirstUnitForm(F.Form)).Code.ShouldBe(RobotPlanErrorCodes.IllegalTransition);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Should_Require_Reason_When_Returning_Or_Rejecting(string reason)
    {
        var file = F.In(S.MunicipalReview);
        Should.Throw<BusinessException>(() => file.ReturnForRevision(reason, F.Municipal, F.Now)).Code.ShouldBe(RobotPlanErrorCodes.CatalogReasonRequired);
        Should.Throw<BusinessException>(() => file.Reject(reason, F.Municipal, F.Now)).Code.ShouldBe(RobotPlanErrorCodes.CatalogReasonRequired);
        file.Status.ShouldBe(S.MunicipalReview);
    }

    [Fact]
    public void Should_Record_Actor_Role_Jurisdiction_And_Reason_In_History()
    {
        var file = F.In(S.DistrictReview);
        file.ReturnForRevision(" 缺少首购合同 ", F.District, F.Now);
        var entry = file.History[^1];
        entry.ShouldSatisfyAllConditions(e => e.ActorId.ShouldBe(F.District.UserId), e => e.ActorRole.ShouldBe("district-reviewer"),
            e => e.ActorJurisdictionId.ShouldBe(F.District.JurisdictionId), e => e.Comment.ShouldBe("缺少首购合同"),
            e => e.From.ShouldBe(S.DistrictReview), e => e.To.ShouldBe(S.Returned));
        file.StatusReason.ShouldBe("缺少首购合同");
    }

    [Fact]
    public void Should_Keep_Mean_Score_And_Reject_When_Expert_Review_Fails()
    {
        var file = F.In(S.ExpertReview);
        file.CompleteExpertReview(false, 58.5m, F.Municipal, F.Now);
        file.ShouldSatisfyAllConditions(f => f.Status.ShouldBe(S.Rejected), f => f.ExpertMeanScore.ShouldBe(58.5m), f => f.IsOpen.ShouldBeFalse());
    }

    [Fact]
    public void Should_Keep_Listing_Id_When_Listed()
    {
        var file = F.In(S.InPublicNotice);
        var listingId = Guid.CreateVersion7();
        file.MarkListed(listingId, F.Municipal, F.Now);
        file.ListingId.ShouldBe(listingId);
    }

    [Theory]
    [InlineData(S.Draft, true)]
    [InlineData(S.Returned, true)]
    [InlineData(S.InPublicNotice, true)]
    [InlineData(S.Listed, false)]
    [InlineData(S.Rejected, false)]
    [InlineData(S.Withdrawn, false)]
    public void Should_Count_As_Open_Until_Final(S state, bool open) => F.In(state).IsOpen.ShouldBe(open);
}
