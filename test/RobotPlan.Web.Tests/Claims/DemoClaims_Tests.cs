using Microsoft.EntityFrameworkCore;
using RobotPlan.SubsidyClaims;
using RobotPlan.Web.Tests.Infrastructure;
using S = RobotPlan.SubsidyClaims.SubsidyClaimStatus;

namespace RobotPlan.Web.Tests.Claims;

/// <summary>The Development demo's claims: one in notice with its budget reserved, one waiting for the district, one approved with an explained award.</summary>
public sealed class DemoClaims_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Fact]
    public async Task The_Demo_Has_Claims_In_Several_States_And_Its_Award_Recomputes()
    {
        var states = await factory.WithDbAsync(db => db.Set<SubsidyClaim>().Select(c => c.Status).ToListAsync());
        states.ShouldBe([S.InPublicNotice, S.Submitted, S.Approved], ignoreOrder: true);
        var reserved = await factory.WithDbAsync(db => db.Set<SubsidyClaim>().SumAsync(c => c.ReservedAmount ?? 0m));
        (await factory.WithDbAsync(db => db.SubsidyPrograms.SumAsync(p => p.Reserved))).ShouldBe(reserved);
        var awards = await factory.WithDbAsync(db => db.Awards.AsNoTracking().ToListAsync());
        awards.ShouldHaveSingleItem().Amount.ShouldBe(92_000m); // 10% of 920,000
        foreach (var award in awards) award.Explanation!.Recompute().Amount.ShouldBe(award.Amount);
    }
}
