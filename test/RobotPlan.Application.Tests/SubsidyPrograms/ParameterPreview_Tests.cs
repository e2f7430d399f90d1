using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Errors;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyPrograms;

namespace RobotPlan.Application.Tests.SubsidyPrograms;

/// <summary>Issue #19 finding 7: a parameter change is tried on an example claim of the programme's own kind before it is saved.</summary>
public sealed class ParameterPreview_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private Task<T> Programs<T>(Func<ISubsidyProgramAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<ISubsidyProgramAppService>()));

    private async Task<SubsidyProgramDto> NewProgramAsync(int year, SubsidyKind kind)
    {
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        return await Programs(s => s.CreateAsync(new CreateSubsidyProgramDto
        {
            Year = year, Kind = kind, Title = $"{year} {kind}", Budget = 5_000_000m, OpensAt = new DateTime(year, 1, 1), ClosesAt = new DateTime(year, 12, 31),
        }));
    }

    private Task<int> VersionsAsync(Guid id) => host.WithDbAsync(db => db.Set<SubsidyParameterVersion>().CountAsync(v => v.ProgramId == id));

    [Fact]
    public async Task Should_Compute_The_Example_Reward_With_The_Current_And_The_Proposed_Rate_And_Save_Nothing_When_Previewing()
    {
        var program = await NewProgramAsync(2051, SubsidyKind.FirstPurchaseReward);

        // 8,000,000 元 contract: 10 % gives 800,000; 15 % gives 1,200,000, capped at 1,000,000.
        var preview = await Programs(s => s.PreviewParametersAsync(program.Id, new SubsidyParameterPreviewInput
        {
            Parameters = new SubsidyParametersDto { RewardRate = 0.15m, RewardCap = 1_000_000m }, ContractPrice = 8_000_000m,
        }));

        preview.ShouldSatisfyAllConditions(
            p => p.Kind.ShouldBe(SubsidyKind.FirstPurchaseReward), p => p.CurrentVersion.ShouldBe(1),
            p => p.CurrentAmount.ShouldBe(800_000m), p => p.ProposedAmount.ShouldBe(1_000_000m),
            p => p.ProposedLines.Select(l => l.Key).ShouldBe(["RewardBeforeCap", "Amount"]),
            p => p.ProposedLines[0].Value.ShouldBe(1_200_000m));
        (await VersionsAsync(program.Id)).ShouldBe(1, "a preview saves no version");
    }

    [Fact]
    public async Task Should_Compute_The_Example_Compensation_When_The_Programme_Is_Insurance()
    {
        var program = await NewProgramAsync(2052, SubsidyKind.InsuranceCompensation);

        // Premium 300,000 on 10,000,000 insured: at a 3 % cap all of it counts (80 % → 240,000); at 2 % only 200,000 (→ 160,000).
        var preview = await Programs(s => s.PreviewParametersAsync(program.Id, new SubsidyParameterPreviewInput
        {
            Parameters = new SubsidyParametersDto { RateCap = 0.02m }, PremiumPaid = 300_000m, SumInsured = 10_000_000m,
        }));

        preview.CurrentAmount.ShouldBe(240_000m);
        preview.ProposedAmount.ShouldBe(160_000m);
        preview.ProposedLines.Select(l => l.Key).ShouldContain("EligiblePremium");
    }

    [Fact]
    public async Task Should_Refuse_A_Preview_Naming_The_Parameter_When_It_Is_Out_Of_Range_Or_The_User_Does_Not_Manage_Programmes()
    {
        var program = await NewProgramAsync(2053, SubsidyKind.FirstPurchaseReward);

        var error = await Should.ThrowAsync<BusinessException>(() => Programs(s => s.PreviewParametersAsync(program.Id,
            new SubsidyParameterPreviewInput { Parameters = new SubsidyParametersDto { RewardRate = 1.5m } })));
        error.Code.ShouldBe(RobotPlanErrorCodes.ProgramParameterOutOfRange);
        error.Field.ShouldBe("rewardRate");

        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        await Should.ThrowAsync<AuthorizationException>(() => Programs(s => s.PreviewParametersAsync(program.Id, new SubsidyParameterPreviewInput())));
    }
}
