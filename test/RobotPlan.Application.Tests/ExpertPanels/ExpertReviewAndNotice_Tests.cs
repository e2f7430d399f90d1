using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Application.Tests.CatalogApplications;
using RobotPlan.CatalogApplications;
using RobotPlan.Errors;
using RobotPlan.ExpertPanels;
using RobotPlan.Identity;
using RobotPlan.PublicNotices;
using RobotPlan.SeedWork;
using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;

namespace RobotPlan.Application.Tests.ExpertPanels;

/// <summary>R-14 to R-16's hand-over on a real database: draw, scores, decision into a working-day notice, objections, listability.</summary>
public sealed class ExpertReviewAndNotice_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly CatalogScenario _s = new(host);

    private Task<T> Panels<T>(Func<IExpertPanelAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<IExpertPanelAppService>()));

    internal Task<T> Notices<T>(Func<IPublicNoticeAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<IPublicNoticeAppService>()));

    [Fact]
    public async Task Should_Exclude_Expert_Employed_By_Applicant_From_The_Draw()
    {
        var (_, panel) = await InExpertReviewWithPanelAsync();

        var expert4 = await UserIdAsync("expert4"); // employed by 重庆凌云智能装备有限公司, the applicant
        panel.Candidates.ShouldNotContain(expert4);
        panel.Members.Count.ShouldBe(3);
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        (await Panels(p => p.VerifyAsync(panel.Id))).Matches.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Hide_The_File_From_An_Expert_Not_On_The_Panel()
    {
        var (_, panel) = await InExpertReviewWithPanelAsync();
        await host.LoginAsAsync(RobotPlanTestData.Expert);

        await Should.ThrowAsync<EntityNotFoundException>(() => Panels(p => p.GetAsync(panel.Id)));
        (await Panels(p => p.GetMyAssignmentsAsync())).ShouldNotContain(a => a.Id == panel.Id);
    }

    [Fact]
    public async Task Should_Put_Passed_File_In_Notice_And_List_It_Only_When_The_Objection_Is_Resolved()
    {
        var (file, panel) = await InExpertReviewWithPanelAsync();
        await ScoreAllAsync(panel, 70);
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        (await _s.Applications(s => s.GetAsync(file.Id))).Status.ShouldBe(S.PendingDecision);

        var notice = await Notices(n => n.DecideAsync(new DecideBatchDto { BatchId = file.BatchId }));

        // R-15's example: published Friday 2025-09-26, five working days end 2025-10-09 24:00 Asia/Shanghai.
        notice.EndsAtUtc.ShouldBe(new DateTime(2025, 10, 9, 16, 0, 0, DateTimeKind.Utc));
        await host.LoginAsAsync(null);
        var receipt = await Notices(n => n.ObjectAsync(notice.Id, Objection(file.Id), null));
        (await ListableAsync(notice.EndsAtUtc)).ShouldNotContain(file.Id);

        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        await Notices(n => n.DismissAsync(receipt.Id, new ResolveObjectionDto { Reason = "与事实不符" }));

        (await ListableAsync(notice.EndsAtUtc.AddSeconds(-1))).ShouldNotContain(file.Id);
        (await ListableAsync(notice.EndsAtUtc)).ShouldContain(file.Id);
    }

    [Fact]
    public async Task Should_Reject_File_When_Objection_Is_Upheld()
    {
        var (file, panel) = await InExpertReviewWithPanelAsync();
        await ScoreAllAsync(panel, 80);
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        var notice = await Notices(n => n.DecideAsync(new DecideBatchDto { BatchId = file.BatchId }));
        await host.LoginAsAsync(null);
        var receipt = await Notices(n => n.ObjectAsync(notice.Id, Objection(file.Id), null));

        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        await Notices(n => n.UpholdAsync(receipt.Id, new ResolveObjectionDto { Reason = "经核实，首台销售合同不实" }));

        (await _s.Applications(s => s.GetAsync(file.Id))).Status.ShouldBe(S.Rejected);
        (await ListableAsync(notice.EndsAtUtc.AddDays(1))).ShouldNotContain(file.Id);
    }

    [Fact]
    public async Task Should_Reject_File_When_Mean_Is_Below_Pass_Mark()
    {
        var (file, panel) = await InExpertReviewWithPanelAsync();
        await ScoreAllAsync(panel, 59);

        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        var result = await _s.Applications(s => s.GetAsync(file.Id));
        result.Status.ShouldBe(S.Rejected);
        result.ExpertMeanScore.ShouldBe(59m);
    }

    internal static CreateObjectionDto Objection(Guid subjectId) => new()
    {
        SubjectId = subjectId, RealName = "李四", Organisation = "重庆某机器人公司", ContactPhone = "13800000000", Reason = "申报指标与实测不符",
    };

    internal Task<List<Guid>> ListableAsync(DateTime now) => host.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<IPublicNoticeQueries>().GetListableApplicationsAsync(now)).Select(l => l.ApplicationId).ToList());

    internal async Task<(CatalogApplicationDto File, ExpertPanelDto Panel)> InExpertReviewWithPanelAsync()
    {
        var file = await _s.SubmittedAsync();
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        file = await _s.Applications(s => s.DistrictApproveAsync(file.Id, new CatalogTransitionDto { ConcurrencyStamp = file.ConcurrencyStamp }));
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        file = await _s.Applications(s => s.FormalApproveAsync(file.Id, new CatalogTransitionDto { ConcurrencyStamp = file.ConcurrencyStamp }));
        var panel = await Panels(p => p.DrawAsync(new DrawExpertPanelDto { ApplicationId = file.Id }));
        return (file, panel);
    }

    /// <summary>Every member declares no conflict and gives <paramref name="total"/> (rubric 60/40); the second sees no one else's scores.</summary>
    internal async Task ScoreAllAsync(ExpertPanelDto panel, int total)
    {
        foreach (var member in panel.Members)
        {
            await host.LoginAsAsync(await UserNameAsync(member.ExpertUserId));
            await Panels(p => p.DeclareNoConflictAsync(panel.Id));
            var seen = await Panels(p => p.GetAsync(panel.Id));
            seen.Members.Where(m => m.ExpertUserId != member.ExpertUserId).ShouldAllBe(m => m.Scores == null);
            var first = Math.Min(60, total);
            await Panels(p => p.ScoreAsync(panel.Id, new ScoreDto
            {
                Scores = [new() { Criterion = "技术先进性", Score = first, Comment = "指标领先" }, new() { Criterion = "市场前景", Score = total - first, Comment = "前景良好" }],
            }));
        }
    }

    private Task<Guid> UserIdAsync(string userName) =>
        host.WithScopeAsync(async sp => (await sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!.Id);

    private Task<string> UserNameAsync(Guid id) =>
        host.WithScopeAsync(async sp => (await sp.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(id.ToString()))!.UserName!);
}

/// <summary>Its own database and clock: the fake clock only moves forward, and it moves here.</summary>
public sealed class ObjectionWindow_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly ExpertReviewAndNotice_Tests _flow = new(host);

    [Fact]
    public async Task Should_Refuse_Objection_When_The_Notice_Has_Ended()
    {
        var (file, panel) = await _flow.InExpertReviewWithPanelAsync();
        await _flow.ScoreAllAsync(panel, 75);
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        var notice = await _flow.Notices(n => n.DecideAsync(new DecideBatchDto { BatchId = file.BatchId }));
        host.Clock.SetUtcNow(notice.EndsAtUtc);

        await host.LoginAsAsync(null);
        (await Should.ThrowAsync<BusinessException>(() => _flow.Notices(n => n.ObjectAsync(notice.Id, ExpertReviewAndNotice_Tests.Objection(file.Id), null))))
            .Code.ShouldBe(RobotPlanErrorCodes.OutsideNoticeWindow);
        (await _flow.ListableAsync(notice.EndsAtUtc)).ShouldContain(file.Id);
    }
}
