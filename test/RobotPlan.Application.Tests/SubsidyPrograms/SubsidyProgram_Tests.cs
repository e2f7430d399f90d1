using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Errors;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyPrograms;

namespace RobotPlan.Application.Tests.SubsidyPrograms;

public sealed class SubsidyProgram_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private Task<T> Programs<T>(Func<ISubsidyProgramAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<ISubsidyProgramAppService>()));

    private static CreateSubsidyProgramDto NewProgram(int year, decimal budget = 10_000_000m) => new()
    {
        Year = year,
        Kind = SubsidyKind.InsuranceCompensation,
        Title = $"{year}年度首台（套）保险补偿",
        OpensAt = new DateTime(year, 3, 1, 9, 0, 0),
        ClosesAt = new DateTime(year, 5, 1, 0, 0, 0),
        Budget = budget,
    };

    [Fact]
    public async Task Should_Start_With_Parameter_Version_1_And_Keep_Old_Versions_When_Changed()
    {
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        var created = await Programs(s => s.CreateAsync(NewProgram(2031)));
        created.CurrentParameters.Version.ShouldBe(1);
        created.CurrentParameters.Values.RateCap.ShouldBe(0.03m);

        var changed = await Programs(s => s.ChangeParametersAsync(created.Id, new ChangeSubsidyParametersDto
        {
            Parameters = new SubsidyParametersDto { RateCap = 0.025m, SubsidyRate = 0.75m },
            Reason = "渝经信发〔2031〕12号 调整费率上限",
        }));

        changed.CurrentParameters.Version.ShouldBe(2);
        changed.CurrentParameters.Values.RateCap.ShouldBe(0.025m);
        changed.ParameterVersions.Single(v => v.Version == 1).Values.SubsidyRate.ShouldBe(0.80m);
    }

    [Fact]
    public async Task Should_Store_Window_In_Utc_From_Shanghai_Local_Time()
    {
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        var created = await Programs(s => s.CreateAsync(NewProgram(2032)));
        created.OpensAtUtc.ShouldBe(new DateTime(2032, 3, 1, 1, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task Should_Refuse_A_Second_Programme_Of_The_Same_Year_And_Kind()
    {
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        await Programs(s => s.CreateAsync(NewProgram(2033)));
        var error = await Should.ThrowAsync<BusinessException>(() => Programs(s => s.CreateAsync(NewProgram(2033))));
        error.Code.ShouldBe(RobotPlanErrorCodes.DuplicateProgram);
    }

    [Fact]
    public async Task Should_Refuse_Managing_Programmes_Without_Permission()
    {
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        await Should.ThrowAsync<AuthorizationException>(() => Programs(s => s.CreateAsync(NewProgram(2034))));
    }

    [Fact]
    public async Task Should_Estimate_With_The_Same_Calculator_As_Decisions()
    {
        await host.LoginAsAsync(null);
        var estimate = await Programs(s => s.EstimateAsync(new SubsidyEstimateInput { PremiumPaid = 90_000m, SumInsured = 2_000_000m }));
        estimate.Amount.ShouldBe(48_000m);
        estimate.Lines.Select(l => l.Key).ShouldContain("EligiblePremium");
    }
}
