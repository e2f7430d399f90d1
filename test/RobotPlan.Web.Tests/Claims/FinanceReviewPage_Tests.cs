using System.Net.Http.Json;
using System.Text.RegularExpressions;
using RobotPlan.Web.Tests.Authorization;
using RobotPlan.Web.Tests.Authorization.Expectations;
using RobotPlan.Web.Tests.Infrastructure;
using RobotPlan.Web.Tests.Pages;

namespace RobotPlan.Web.Tests.Claims;

/// <summary>Issue 19 finding 4: finance sees the policy, premium, its proof and the computed amount with its lines before confirming.</summary>
public sealed partial class FinanceReviewPage_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Fact]
    public async Task Should_Show_Policy_Proof_And_The_Amount_Confirmation_Then_Fixes_When_Finance_Opens_The_Claim()
    {
        var context = new MatrixContext(factory);
        var claim = await ClaimFiles.InFinanceAsync(context);
        var page = await PageClient.SignedInAsync(factory, RobotPlanTestData.FinanceOfficer);

        var html = await page.Http.GetStringAsync($"/Claims/Details/{claim.Id}");
        var shown = EstimateAmount().Match(html).Groups[1].Value;

        html.ShouldContain("data-testid=\"policy\"");
        html.ShouldContain($"/api/app/subsidy-claims/{claim.Id}/evidence/");
        html.ShouldContain("data-testid=\"explanation\"");
        shown.ShouldNotBeEmpty();
        shown.ShouldNotBe("—");
        var finance = await context.ClientAsync(Actor.Finance);
        var confirmed = await finance.PostAsJsonAsync($"/api/app/subsidy-claims/{claim.Id}/finance-confirm", new { claim.ConcurrencyStamp });
        confirmed.EnsureSuccessStatusCode();
        var amount = (await confirmed.Content.ReadFromJsonAsync<AmountOnly>())!.Amount;
        shown.ShouldBe(amount!.Value.ToString("N2") + " 元");
    }

    private sealed record AmountOnly(decimal? Amount);

    [GeneratedRegex("data-testid=\"estimate-amount\">([^<]+)<")]
    private static partial Regex EstimateAmount();
}
