using RobotPlan.CatalogBatches;
using RobotPlan.CatalogListings;
using RobotPlan.Errors;
using RobotPlan.SeedWork;
using F = RobotPlan.Domain.Tests.CatalogBatches.CatalogBatchFactory;

namespace RobotPlan.Domain.Tests.CatalogBatches;

public sealed class CatalogBatch_Tests
{
    [Fact]
    public void Should_Use_Default_Parameters_When_Not_Given()
    {
        var batch = F.Batch();
        batch.ShouldSatisfyAllConditions(
            b => b.ExpertsPerFile.ShouldBe(3), b => b.PassMark.ShouldBe(60), b => b.NoticeWorkingDays.ShouldBe(5),
            b => b.Title.ShouldBe("2026年首台（套）第一批"), b => b.Rubric.Sum(c => c.Weight).ShouldBe(100));
    }

    [Fact]
    public void Should_Accept_Submissions_Only_Inside_The_Half_Open_Window()
    {
        var batch = F.Batch();
        batch.AcceptsSubmissionsAt(F.OpensAt.AddTicks(-1)).ShouldBeFalse();
        batch.AcceptsSubmissionsAt(F.OpensAt).ShouldBeTrue();
        batch.AcceptsSubmissionsAt(F.ClosesAt.AddTicks(-1)).ShouldBeTrue();
        batch.AcceptsSubmissionsAt(F.ClosesAt).ShouldBeFalse();
        Should.Throw<BusinessException>(() => batch.EnsureAcceptsSubmissions(F.ClosesAt)).Code.ShouldBe(RobotPlanErrorCodes.BatchClosed);
    }

    [Fact]
    public void Should_Move_Scheduled_Open_Closed_And_Report_No_Change_When_Rerun()
    {
        var batch = F.Batch(now: F.OpensAt.AddDays(-1));
        batch.Status.ShouldBe(CatalogBatchStatus.Scheduled);
        batch.UpdateStatus(F.OpensAt).ShouldBeTrue();
        batch.Status.ShouldBe(CatalogBatchStatus.Open);
        batch.UpdateStatus(F.OpensAt.AddMinutes(5)).ShouldBeFalse();
        batch.UpdateStatus(F.ClosesAt).ShouldBeTrue();
        batch.Status.ShouldBe(CatalogBatchStatus.Closed);
        batch.UpdateStatus(F.ClosesAt.AddDays(1)).ShouldBeFalse();
    }

    public static TheoryData<RubricCriterion[]> BadRubrics => new()
    {
        Array.Empty<RubricCriterion>(),
        new RubricCriterion[] { new("技术", 50), new("市场", 49) },
        new RubricCriterion[] { new("技术", 50), new("市场", 51) },
        new RubricCriterion[] { new("技术", 50), new(" 技术 ", 50) },
        new RubricCriterion[] { new("技术", 110), new("市场", -10) },
        new RubricCriterion[] { new(" ", 100) },
    };

    [Theory]
    [MemberData(nameof(BadRubrics))]
    public void Should_Refuse_Rubric_When_Not_Named_Distinct_Positive_And_Totalling_100(RubricCriterion[] rubric)
    {
        var error = Should.Throw<BusinessException>(() => new CatalogBatch(F.Settings() with { Rubric = rubric }, F.InWindow));
        error.Code.ShouldBe(RobotPlanErrorCodes.RubricInvalid);
        error.Field.ShouldBe("rubric");
    }

    [Fact]
    public void Should_Refuse_Window_When_It_Closes_Before_It_Opens() =>
        Should.Throw<BusinessException>(() => new CatalogBatch(F.Settings() with { ClosesAt = F.OpensAt }, F.InWindow))
            .Field.ShouldBe("closesAt");

    [Fact]
    public void Should_Refuse_Revision_Deadline_When_Before_Closing() =>
        Should.Throw<BusinessException>(() => new CatalogBatch(F.Settings() with { RevisionDeadline = F.ClosesAt.AddTicks(-1) }, F.InWindow))
            .Field.ShouldBe("revisionDeadline");

    [Theory]
    [InlineData(0, 60)]
    [InlineData(3, 0)]
    [InlineData(3, 101)]
    public void Should_Refuse_Parameters_When_Out_Of_Range(int experts, int passMark) =>
        Should.Throw<BusinessException>(() => new CatalogBatch(F.Settings() with { ExpertsPerFile = experts, PassMark = passMark }, F.InWindow))
            .Code.ShouldBe(RobotPlanErrorCodes.BatchParameterInvalid);

    [Fact]
    public void Should_Refuse_Changes_When_Closed()
    {
        var batch = F.Batch(now: F.ClosesAt);
        Should.Throw<BusinessException>(() => batch.Change(F.Settings(), F.ClosesAt)).Code.ShouldBe(RobotPlanErrorCodes.BatchNotEditable);
    }

    [Fact]
    public void Should_Refuse_Catalog_Change_When_Open() =>
        Should.Throw<BusinessException>(() => F.Batch().Change(F.Settings(CatalogKind.KeyProcurement), F.InWindow))
            .Field.ShouldBe("catalog");
}
