using System.Net;
using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogListings;
using RobotPlan.Data;
using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyClaims;
using RobotPlan.Web.Tests.Infrastructure;
using RobotPlan.Web.Tests.Pages;

namespace RobotPlan.Web.Tests.Claims;

/// <summary>A draft reward claim's purchase is corrected on its details page by its owner.</summary>
public sealed class RewardPurchasePage_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Fact]
    public async Task The_Owner_Edits_A_Draft_Reward_Claims_Purchase_On_Its_Details_Page()
    {
        // The demo's approved reward is for a listed first-unit product; bayu claims another unit of it.
        var listing = await factory.WithDbAsync(async db =>
        {
            var product = await db.Set<SubsidyClaim>().Where(c => c.Kind == SubsidyKind.FirstPurchaseReward).Select(c => c.ProductId).FirstAsync();
            return await db.Set<CatalogListing>().Where(l => l.ProductId == product && l.Catalog == CatalogKind.FirstUnit).Select(l => l.Number).FirstAsync();
        });
        var program = await factory.WithDbAsync(db => db.SubsidyPrograms.Where(p => p.Kind == SubsidyKind.FirstPurchaseReward).Select(p => p.Id).FirstAsync());
        var page = await PageClient.SignedInAsync(factory, DemoUsers.EnterpriseBayu);
        using var created = await page.PostFormAsync("/Claims/Create", "/Claims/Create?handler=Reward", new()
        {
            ["Reward.ProgramId"] = program.ToString(), ["Reward.ListingNumber"] = listing, ["Reward.SerialNumber"] = "EDIT-0001",
            ["Reward.ContractNumber"] = "HT-EDIT-1", ["Reward.ContractDate"] = "2025-02-01", ["Reward.DeliveryDate"] = "2025-03-01",
            ["Reward.ContractPrice"] = "500000",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var details = created.Headers.Location!.OriginalString;

        var html = await page.Http.GetStringAsync(details);
        html.ShouldContain("data-testid=\"purchase-form\"");
        using var saved = await page.PostFormAsync(details, details + "?handler=Purchase", new()
        {
            ["Purchase.ConcurrencyStamp"] = PageClient.HiddenValue(html, "Purchase.ConcurrencyStamp"), ["Purchase.SerialNumber"] = "EDIT-0002",
            ["Purchase.ContractNumber"] = "HT-EDIT-2", ["Purchase.ContractDate"] = "2025-02-02", ["Purchase.DeliveryDate"] = "2025-03-02",
            ["Purchase.ContractPrice"] = "450000",
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var purchase = await factory.WithDbAsync(db =>
            db.Set<SubsidyClaim>().AsNoTracking().Where(c => c.Purchase!.SerialNumber == "EDIT-0002").Select(c => c.Purchase).SingleAsync());
        purchase!.ContractNumber.ShouldBe("HT-EDIT-2");
        purchase.ContractPrice.ShouldBe(450_000m);
    }

    [Fact]
    public async Task A_Claim_That_Left_The_Enterprise_Shows_No_Purchase_Form()
    {
        var approved = await factory.WithDbAsync(db =>
            db.Set<SubsidyClaim>().Where(c => c.Kind == SubsidyKind.FirstPurchaseReward).Select(c => c.Id).FirstAsync());
        var page = await PageClient.SignedInAsync(factory, DemoUsers.EnterpriseBayu);
        var html = await page.Http.GetStringAsync($"/Claims/Details/{approved}");
        html.ShouldContain("data-testid=\"history\"");
        html.ShouldNotContain("data-testid=\"purchase-form\"");
    }
}
