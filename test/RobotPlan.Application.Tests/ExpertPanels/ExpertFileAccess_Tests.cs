using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Application.Tests.CatalogApplications;
using RobotPlan.CatalogApplications;
using RobotPlan.Identity;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.ExpertPanels;

/// <summary>Issue 19 findings 2 and 3: an expert reads the whole file and opens its attachments while on its panel, and no longer after.</summary>
public sealed class ExpertFileAccess_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly CatalogScenario _s = new(host);
    private readonly ExpertReviewAndNotice_Tests _flow = new(host);

    private Task<T> Attachments<T>(Func<ICatalogAttachmentAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<ICatalogAttachmentAppService>()));

    [Fact]
    public async Task Should_Let_A_Panel_Member_Read_The_File_And_Its_Attachments_Only_While_Assigned()
    {
        var (file, panel) = await _flow.InExpertReviewWithPanelAsync();
        var member = await UserNameAsync(panel.Members[0].ExpertUserId);
        var outsider = (await AllExpertNamesAsync()).First(n => panel.Members.All(m => m.ExpertUserId != UserId(n)));
        var attachment = file.Attachments[0];

        await host.LoginAsAsync(member);
        var seen = await _s.Applications(s => s.GetAsync(file.Id));
        await using var download = (await Attachments(s => s.GetAsync(file.Id, attachment.FileId))).Content;
        await host.LoginAsAsync(outsider);
        await Should.ThrowAsync<EntityNotFoundException>(() => _s.Applications(s => s.GetAsync(file.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => Attachments(s => s.GetAsync(file.Id, attachment.FileId)));

        seen.Attachments.Count.ShouldBe(file.Attachments.Count);
        seen.FirstUnit.ShouldNotBeNull();
        download.ReadByte().ShouldBe('%');

        await _flow.ScoreAllAsync(panel, 70);
        await host.LoginAsAsync(member);
        await Should.ThrowAsync<EntityNotFoundException>(() => Attachments(s => s.GetAsync(file.Id, attachment.FileId)));
    }

    private readonly Dictionary<string, Guid> _ids = [];

    private Guid UserId(string userName) => _ids[userName];

    private async Task<List<string>> AllExpertNamesAsync() => await host.WithScopeAsync(async sp =>
    {
        var users = await sp.GetRequiredService<UserManager<AppUser>>().GetUsersInRoleAsync(RobotPlanRoles.Expert);
        foreach (var u in users) _ids[u.UserName!] = u.Id;
        return users.Select(u => u.UserName!).ToList();
    });

    private Task<string> UserNameAsync(Guid id) =>
        host.WithScopeAsync(async sp => (await sp.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(id.ToString()))!.UserName!);
}
