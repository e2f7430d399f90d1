using System.Net;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Identity;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Pages;

/// <summary>
/// Issue #19 finding 10: the security administrator changes a user's role and binding on the user's page (the fields
/// the create form has), the change is in the audit log with the old and new values, and one's own account stays out.
/// </summary>
public sealed class UserAdministrationPages_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Theory]
    [InlineData("zh-Hans", "该角色必须绑定到对应的企业", "角色与绑定已更改")]
    [InlineData("en", "This role must be bound to its enterprise", "The role and binding were changed")]
    public async Task Should_Move_A_User_To_Another_Binding_With_Before_And_After_Audited_When_The_Security_Administrator_Edits_It(
        string culture, string bindingRequired, string changed)
    {
        var id = await CreateDistrictReviewerOfAAsync("move-" + culture);
        var security = await PageClient.SignedInAsync(factory, RobotPlanTestData.SecurityAdministrator);
        security.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        var edit = $"/Admin/Users/Edit/{id}";
        (await security.Http.GetStringAsync("/Admin/Users/Index?keyword=move-" + culture)).ShouldContain($"href=\"{edit}\"");
        var form = await security.Http.GetStringAsync(edit);
        form.ShouldContain($"<option value=\"{factory.Data.EnterpriseAId}\">", customMessage: "the security administrator can pick an enterprise");
        form.ShouldMatch($"<option selected=\"selected\" value=\"{factory.Data.JurisdictionAId}\"|<option value=\"{factory.Data.JurisdictionAId}\" selected=\"selected\"");

        using var unbound = await security.PostFormAsync(edit, edit, new() { ["Input.Role"] = RobotPlanRoles.DistrictReviewer });
        var refusal = await unbound.Content.ReadAsStringAsync();
        refusal.ShouldMatch($"data-valmsg-for=\"Input.JurisdictionId\"[^>]*>{bindingRequired}");

        using var moved = await security.PostFormAsync(edit, edit,
            new() { ["Input.Role"] = RobotPlanRoles.DistrictReviewer, ["Input.JurisdictionId"] = factory.Data.JurisdictionBId.ToString() });

        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await moved.Content.ReadAsStringAsync());
        (await security.Http.GetStringAsync(moved.Headers.Location!.OriginalString)).ShouldContain(changed);
        (await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == id))).JurisdictionId.ShouldBe(factory.Data.JurisdictionBId);
        var audited = await factory.WithDbAsync(db => db.AuditLogs.Include(a => a.EntityChanges)
            .Where(a => a.Url.Contains(edit) && a.StatusCode == 302).SingleAsync());
        audited.UserName.ShouldBe(RobotPlanTestData.SecurityAdministrator);
        // The user is saved more than once in the request (binding and roles, then the security stamp); one save has the move.
        audited.EntityChanges.Where(c => c.EntityType == nameof(AppUser)).Select(c => c.PropertyChanges).ShouldContain(changes => changes.Contains(
            $"{{\"Name\":\"JurisdictionId\",\"Old\":\"{factory.Data.JurisdictionAId}\",\"New\":\"{factory.Data.JurisdictionBId}\"}}"));
    }

    [Theory]
    [InlineData("zh-Hans", "管理员不得更改本人账号的角色")]
    [InlineData("en", "No administrator may change the roles or the second factor of their own account.")]
    public async Task Should_Refuse_Own_Role_Change_On_The_Page_When_The_Security_Administrator_Edits_Itself(string culture, string refused)
    {
        var me = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == RobotPlanTestData.SecurityAdministrator).Select(u => u.Id).SingleAsync());
        var security = await PageClient.SignedInAsync(factory, RobotPlanTestData.SecurityAdministrator);
        security.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        var edit = $"/Admin/Users/Edit/{me}";
        (await security.Http.GetStringAsync(edit)).ShouldContain(refused);

        using var response = await security.PostFormAsync(edit, edit, new() { ["Input.Role"] = RobotPlanRoles.Expert });

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("validation-summary-errors");
        (await factory.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == me)
            .Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name).ToListAsync())).ShouldBe([RobotPlanRoles.SecurityAdministrator]);
    }

    private async Task<Guid> CreateDistrictReviewerOfAAsync(string userName)
    {
        var admin = await PageClient.SignedInAsync(factory, RobotPlanTestData.Administrator);
        using var created = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", new()
        {
            ["Input.UserName"] = userName, ["Input.DisplayName"] = "渝北区经信委 审核员乙", ["Input.Password"] = "Reviewer#2026pw",
            ["Input.Role"] = RobotPlanRoles.DistrictReviewer, ["Input.JurisdictionId"] = factory.Data.JurisdictionAId.ToString(),
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        return await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
    }
}
