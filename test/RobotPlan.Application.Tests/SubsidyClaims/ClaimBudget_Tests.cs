using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogApplications;
using RobotPlan.Errors;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyClaims;
using Xunit.Abstractions;
using S = RobotPlan.SubsidyClaims.SubsidyClaimStatus;
using RobotPlan.Reviews;

namespace RobotPlan.Application.Tests.SubsidyClaims;

/// <summary>R-37 through the finance confirmation: never overspent under concurrent confirmations, and a lost race leaves no reservation.</summary>
public sealed class ClaimBudget_Tests(RobotPlanTestHost host, ITestOutputHelper output) : IClassFixture<RobotPlanTestHost>
{
    private readonly ClaimScenario _s = new(host);

    private async Task<List<SubsidyClaimDto>> ClaimsInFinanceAsync(Guid programId, int count)
    {
        var product = await _s.ListedProductAsync();
        var result = new List<SubsidyClaimDto>();
        for (var i = 0; i < count; i++)
        {
            // One unit per policy, each to another buyer: every claim is eligible on its own (24,000 元 each).
            var policy = await _s.PaidPolicyAsync(ClaimScenario.Delivery, [ClaimScenario.Unit(product.Id, ClaimScenario.NewBuyerUscc())]);
            result.Add(await _s.ToFinanceAsync(await _s.CompensationDraftAsync(programId, policy.Id), RobotPlanTestData.EnterpriseAUser,
                RobotPlanTestData.DistrictReviewerOfA));
        }
        return result;
    }

    [Fact]
    public async Task Many_Finance_Confirmations_At_Once_Never_Reserve_More_Than_The_Budget()
    {
        // 30 claims of 24,000 元 race for a budget that covers 10 of them and almost an 11th.
        const int attempts = 30;
        var budget = 10 * 24_000m + 23_999.99m;
        var program = await _s.ProgramAsync(2040, SubsidyKind.InsuranceCompensation, budget);
        var claims = await ClaimsInFinanceAsync(program.Id, attempts);
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);

        var watch = Stopwatch.StartNew();
        var outcomes = await Task.WhenAll(claims.Select(c => Task.Run(async () =>
        {
            try
            {
                await _s.Claims(s => s.FinanceConfirmAsync(c.Id, new ClaimTransitionDto { ConcurrencyStamp = c.ConcurrencyStamp }));
                return "confirmed";
            }
            catch (BusinessException e) { return e.Code; }
        })));
        watch.Stop();

        var programAfter = await _s.ReadProgramAsync(program.Id);
        output.WriteLine($"{host.Provider}: {attempts} concurrent confirmations in {watch.ElapsedMilliseconds} ms: " +
            string.Join(", ", outcomes.GroupBy(o => o).Select(g => $"{g.Key} × {g.Count()}")) + $"; reserved {programAfter.Reserved} of {budget}");
        Drill.Report("R-C", $"{attempts} concurrent finance confirmations of 24,000 元 for a {budget:N2} 元 budget: "
            + string.Join(", ", outcomes.GroupBy(o => o).Select(g => $"{g.Key} × {g.Count()}")) + $"; reserved {programAfter.Reserved:N2}");
        outcomes.Count(o => o == "confirmed").ShouldBe(10);
        outcomes.Where(o => o != "confirmed").ShouldAllBe(o => o == RobotPlanErrorCodes.ClaimBudgetExceeded);
        programAfter.Reserved.ShouldBe(240_000m);
        programAfter.Reserved.ShouldBeLessThanOrEqualTo(programAfter.Budget);
        var states = await host.WithDbAsync(db => db.Set<SubsidyClaim>().Where(c => c.ProgramId == program.Id)
            .GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        states[S.InPublicNotice].ShouldBe(10);
        states[S.FinanceReview].ShouldBe(20);
        (await host.WithDbAsync(db => db.Set<SubsidyClaim>().Where(c => c.ProgramId == program.Id).SumAsync(c => c.ReservedAmount ?? 0m)))
            .ShouldBe(programAfter.Reserved);
    }

    [Fact]
    public async Task A_Confirmation_That_Loses_The_Race_At_Save_Leaves_No_Reservation_Behind()
    {
        var program = await _s.ProgramAsync(2041, SubsidyKind.InsuranceCompensation);
        var claim = (await ClaimsInFinanceAsync(program.Id, 1))[0];
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        await using var slow = host.Services.CreateAsyncScope();
        var sp = slow.ServiceProvider;
        // The slow officer has read the claim; meanwhile another officer confirms it.
        var stale = (await sp.GetRequiredService<ISubsidyClaimRepository>().FindAsync(claim.Id))!;
        var programEntity = (await sp.GetRequiredService<ISubsidyProgramRepository>().FindAsync(program.Id))!;
        await _s.ConfirmAsync(claim);

        var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
        await Should.ThrowAsync<ConcurrencyConflictException>(() => unitOfWork.InTransactionAsync(async () =>
        {
            // Passes the in-memory checks and reserves a second time, then the save finds the claim changed: all rolled back.
            await sp.GetRequiredService<SubsidyClaimManager>().ConfirmAsync(stale, programEntity, new ReviewActor(null, "slow", "finance-officer", null), null, default);
            await unitOfWork.SaveChangesAsync();
            return true;
        }));

        (await _s.ReadProgramAsync(program.Id)).Reserved.ShouldBe(24_000m);
        (await host.WithDbAsync(db => db.PublicNotices.CountAsync(n => n.ProgramId == program.Id))).ShouldBe(1);
    }
}
