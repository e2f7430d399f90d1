using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.CatalogListings;
using RobotPlan.Errors;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.CatalogApplications;

/// <summary>R-10 with the fake clock: the window, the job that opens and closes batches, overdue tasks.</summary>
public sealed class CatalogBatchWindow_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly CatalogScenario _s = new(host);

    private Task<int> RunJobAsync() => host.WithScopeAsync(sp => sp.GetRequiredService<OpenAndCloseCatalogBatchesJob>().RunAsync());

    [Fact]
    public async Task Should_Open_And_Close_Batch_On_Time_And_Change_Nothing_When_Rerun()
    {
        var batch = await _s.BatchAsync(CatalogKind.FirstUnit, opensIn: TimeSpan.FromHours(1), closesIn: TimeSpan.FromHours(3));
        batch.Status.ShouldBe(CatalogBatchStatus.Scheduled);

        host.Clock.Advance(TimeSpan.FromHours(1));
        await RunJobAsync();
        (await _s.Batches(s => s.GetAsync(batch.Id))).Status.ShouldBe(CatalogBatchStatus.Open);
        var stamp = (await _s.Batches(s => s.GetAsync(batch.Id))).ConcurrencyStamp;
        (await RunJobAsync()).ShouldBe(0);
        (await _s.Batches(s => s.GetAsync(batch.Id))).ConcurrencyStamp.ShouldBe(stamp);

        host.Clock.Advance(TimeSpan.FromHours(2));
        await RunJobAsync();
        (await _s.Batches(s => s.GetAsync(batch.Id))).Status.ShouldBe(CatalogBatchStatus.Closed);
        (await RunJobAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Should_Refuse_Submission_With_BatchClosed_When_Window_Has_Ended()
    {
        var batch = await _s.BatchAsync(CatalogKind.KeyProcurement, closesIn: TimeSpan.FromHours(1));
        var draft = await _s.AttachRequiredAsync(await _s.DraftAsync(batch, await _s.ProductAsync()));

        host.Clock.Advance(TimeSpan.FromHours(1));

        var error = await Should.ThrowAsync<BusinessException>(() =>
            _s.Applications(s => s.SubmitAsync(draft.Id, new CatalogTransitionDto { ConcurrencyStamp = draft.ConcurrencyStamp })));
        error.Code.ShouldBe(RobotPlanErrorCodes.BatchClosed);
        error.Field.ShouldBeNull();
    }

    [Fact]
    public async Task Should_Refuse_Draft_When_Batch_Has_Not_Opened()
    {
        var batch = await _s.BatchAsync(CatalogKind.KeyProcurement, opensIn: TimeSpan.FromDays(2), closesIn: TimeSpan.FromDays(5));
        var product = await _s.ProductAsync();
        (await Should.ThrowAsync<BusinessException>(() => _s.DraftAsync(batch, product))).Code.ShouldBe(RobotPlanErrorCodes.BatchClosed);
    }

    [Fact]
    public async Task Should_Mark_Task_Overdue_When_Review_Working_Days_Have_Passed()
    {
        var file = await _s.SubmittedAsync(CatalogKind.KeyProcurement);

        host.Clock.Advance(TimeSpan.FromDays(30));
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);

        var task = (await _s.Applications(s => s.GetTasksAsync())).Single(t => t.ApplicationId == file.Id);
        task.IsOverdue.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Store_Window_In_Utc_When_Given_In_Shanghai_Time()
    {
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        var batch = await _s.Batches(s => s.CreateAsync(new CreateCatalogBatchDto
        {
            Catalog = CatalogKind.FirstUnit, Year = 2026, Title = "2026 第一批",
            OpensAt = new DateTime(2026, 3, 1, 9, 0, 0), ClosesAt = new DateTime(2026, 4, 1), RevisionDeadline = new DateTime(2026, 5, 1),
            Rubric = [new() { Name = "技术", Weight = 100 }],
        }));
        batch.OpensAt.ShouldBe(new DateTime(2026, 3, 1, 1, 0, 0, DateTimeKind.Utc));
        batch.OpensAtLocal.ShouldBe(new DateTime(2026, 3, 1, 9, 0, 0));
        batch.ShouldSatisfyAllConditions(b => b.ExpertsPerFile.ShouldBe(3), b => b.PassMark.ShouldBe(60), b => b.NoticeWorkingDays.ShouldBe(5));
    }
}
