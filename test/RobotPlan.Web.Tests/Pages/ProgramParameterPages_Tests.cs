using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RobotPlan.SubsidyPrograms;
using RobotPlan.Web.Tests.Authorization.Expectations;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Pages;

/// <summary>Issue 19 finding 7 through the pages: a programme shows its own kind's parameters; a new version is previewed, then saved.</summary>
public sealed class ProgramParameterPages_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    /// <summary>One programme per year and kind: each test takes its own year.</summary>
    private async Task<Guid> NewRewardProgramAsync(int year, string title)
    {
        var finance = await factory.ClientForAsync(RobotPlanTestData.FinanceOfficer);
        var response = await finance.PostAsJsonAsync("/api/app/subsidy-programs", new
        {
            year, kind = "FirstPurchaseReward", title, budget = 5_000_000, opensAt = $"{year}-01-01T00:00:00", closesAt = $"{year}-12-31T00:00:00",
            parameters = new { },
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<IdOnly>())!.Id;
    }

    [Fact]
    public async Task Should_Show_A_Reward_Programme_Its_Reward_Rate_And_Cap_Not_The_Insurance_Parameters()
    {
        var title = "首购奖励参数页" + Guid.NewGuid().ToString("N")[..6];
        await NewRewardProgramAsync(2061, title);
        var finance = await PageClient.SignedInAsync(factory, RobotPlanTestData.FinanceOfficer);

        var html = await finance.Http.GetStringAsync("/Subsidies/Programs");

        var card = Regex.Split(html, "data-testid=\"program\"").Single(c => c.Contains(title));
        card.ShouldContain("奖励比例 10 %");
        card.ShouldContain("单笔奖励上限 1,000,000 元");
        card.ShouldNotContain("5,000,000 元", Case.Sensitive, "the insurance per-project cap is no reward parameter");
        card.ShouldNotContain("费率上限");
    }

    [Fact]
    public async Task Should_Preview_The_Effect_On_An_Example_Claim_Then_Save_The_Next_Version_When_Finance_Changes_The_Reward_Rate()
    {
        var id = await NewRewardProgramAsync(2062, "首购奖励调参" + Guid.NewGuid().ToString("N")[..6]);
        var finance = await PageClient.SignedInAsync(factory, RobotPlanTestData.FinanceOfficer);
        var page = $"/Subsidies/Parameters/{id}";
        var form = new Dictionary<string, string>
        {
            ["Input.RewardRatePercent"] = "15", ["Input.RewardCap"] = "1000000", ["Input.FirstUnitsPerBuyer"] = "3",
            ["Input.RateCapPercent"] = "3", ["Input.SubsidyRatePercent"] = "80", ["Input.PerProjectCap"] = "5000000", ["Input.MaxCompensatedYears"] = "3",
            ["Input.ContractPrice"] = "8000000", ["Input.PremiumPaid"] = "300000", ["Input.SumInsured"] = "10000000", ["Input.AlreadyCompensated"] = "0",
        };

        using var preview = await finance.PostFormAsync(page, page + "?handler=Preview", new(form));
        var previewHtml = await preview.Content.ReadAsStringAsync();
        var versionsAfterPreview = await VersionsAsync(id);
        using var noReason = await finance.PostFormAsync(page, page + "?handler=Create", new(form));
        using var saved = await finance.PostFormAsync(page, page + "?handler=Create", new(form) { ["Input.Reason"] = "2061 年奖励比例调整为 15%" });

        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        previewHtml.ShouldContain("data-testid=\"preview-current\">奖励金额");
        Regex.Match(previewHtml, "data-testid=\"preview-current\">[^<]*").Value.ShouldContain("800,000.00");
        Regex.Match(previewHtml, "data-testid=\"preview-proposed\">[^<]*").Value.ShouldContain("1,000,000.00");
        previewHtml.ShouldContain("value=\"15\"");
        versionsAfterPreview.ShouldBe(1);
        (await noReason.Content.ReadAsStringAsync()).ShouldContain("请填写调整原因。");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        (await VersionsAsync(id)).ShouldBe(2);
        var versions = await finance.Http.GetStringAsync(page);
        versions.ShouldContain("2061 年奖励比例调整为 15%");
        versions.ShouldContain("15 %");
    }

    private Task<int> VersionsAsync(Guid programId) =>
        factory.WithDbAsync(db => db.Set<SubsidyParameterVersion>().CountAsync(v => v.ProgramId == programId));
}
