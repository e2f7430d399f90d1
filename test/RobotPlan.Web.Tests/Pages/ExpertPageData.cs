using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Pages;

/// <summary>
/// Files carried to expert review, drawn panels and published notices for the expert page tests, made over the API as
/// <see cref="CatalogPageData"/> does. New products of A are IR-WELD, so the panel is expert1, expert2 and expert6
/// (expert4 works for A and is excluded).
/// </summary>
internal static class ExpertPageData
{
    public sealed record Panel(Guid Id, Guid ApplicationId, IReadOnlyList<string> Experts);

    private sealed record PanelBody(Guid Id, List<MemberBody> Members);
    private sealed record MemberBody(Guid ExpertUserId);
    private sealed record IdOnly(Guid Id);

    /// <summary>A submitted file approved by the district and the municipal formal review: now in ExpertReview.</summary>
    public static async Task<Guid> InExpertReviewAsync(RobotPlanWebFactory factory, Guid batchId)
    {
        var file = await CatalogPageData.SubmittedAsync(factory, batchId, "EX-" + Guid.NewGuid().ToString("N")[..8]);
        var district = await factory.ClientForAsync(RobotPlanTestData.DistrictReviewerOfA);
        var approved = await district.PostAsJsonAsync($"/api/app/catalog-applications/{file.Id}/district-approve", new { file.ConcurrencyStamp });
        approved.EnsureSuccessStatusCode();
        var stamp = (await approved.Content.ReadFromJsonAsync<CatalogPageData.FileRef>())!.ConcurrencyStamp;
        var municipal = await factory.ClientForAsync(RobotPlanTestData.MunicipalReviewer);
        (await municipal.PostAsJsonAsync($"/api/app/catalog-applications/{file.Id}/formal-approve", new { concurrencyStamp = stamp }))
            .EnsureSuccessStatusCode();
        return file.Id;
    }

    public static async Task<Panel> DrawnAsync(RobotPlanWebFactory factory, Guid batchId)
    {
        var applicationId = await InExpertReviewAsync(factory, batchId);
        var municipal = await factory.ClientForAsync(RobotPlanTestData.MunicipalReviewer);
        var response = await municipal.PostAsJsonAsync("/api/app/expert-panels", new { applicationId });
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<PanelBody>())!;
        var ids = body.Members.Select(m => m.ExpertUserId).ToList();
        var names = await factory.WithDbAsync(db => db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.UserName!).ToListAsync());
        return new Panel(body.Id, applicationId, names);
    }

    /// <summary>Every member declares and gives full marks (the default rubric: 技术先进性 60, 市场前景 40): the file passes.</summary>
    public static async Task ScoredAsync(RobotPlanWebFactory factory, Panel panel)
    {
        foreach (var expert in panel.Experts)
        {
            var client = await factory.ClientForAsync(expert);
            (await client.PostAsync($"/api/app/expert-panels/{panel.Id}/declare-no-conflict", null)).EnsureSuccessStatusCode();
            (await client.PostAsJsonAsync($"/api/app/expert-panels/{panel.Id}/score", new
            {
                scores = new[] { new { criterion = "技术先进性", score = 60, comment = "先进" }, new { criterion = "市场前景", score = 40, comment = "广阔" } },
            })).EnsureSuccessStatusCode();
        }
    }

    /// <summary>A batch with one passed file, decided into a notice whose window is open now.</summary>
    public static async Task<(Guid NoticeId, Guid ApplicationId)> NoticeAsync(RobotPlanWebFactory factory, string title)
    {
        var batchId = await CatalogPageData.OpenBatchAsync(factory, title);
        var panel = await DrawnAsync(factory, batchId);
        await ScoredAsync(factory, panel);
        var municipal = await factory.ClientForAsync(RobotPlanTestData.MunicipalReviewer);
        var response = await municipal.PostAsJsonAsync("/api/app/public-notices", new { batchId });
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<IdOnly>())!.Id, panel.ApplicationId);
    }

    /// <summary>R-13 blocks the file at the decision: its product is put on the serious-dishonesty list from today.</summary>
    public static async Task BlacklistProductOfAsync(RobotPlanWebFactory factory, Guid applicationId)
    {
        var productId = await factory.WithDbAsync(db => db.CatalogApplications.Where(a => a.Id == applicationId).Select(a => a.ProductId).SingleAsync());
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");
        var municipal = await factory.ClientForAsync(RobotPlanTestData.MunicipalReviewer);
        var response = await municipal.PostAsJsonAsync("/api/app/credit-records", new
        {
            subjectKind = "Product", subjectId = productId, kind = "SeriousDishonesty", reason = "提供虚假检测报告",
            documentNumber = "渝经信信用〔2025〕9" + Random.Shared.Next(100, 999) + "号", documentDate = today, effectiveFrom = today,
        });
        response.EnsureSuccessStatusCode();
    }
}
