using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Credit;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyAwards;

namespace RobotPlan.Application.Tests.Credit;

/// <summary>R-60: a fraud finding on an award blacklists the payee for 3 years (param) in the same save.</summary>
public sealed class FraudFindingBlacklist_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    [Fact]
    public async Task Should_Blacklist_Payee_For_Three_Years_From_Finding_When_Fraud_Is_Recorded()
    {
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        var program = await host.WithScopeAsync(sp => sp.GetRequiredService<ISubsidyProgramAppService>().CreateAsync(new CreateSubsidyProgramDto
        {
            Year = 2025, Kind = SubsidyKind.InsuranceCompensation, Title = "2025年度首台（套）保险补偿",
            OpensAt = new DateTime(2025, 3, 1), ClosesAt = new DateTime(2025, 12, 1), Budget = 1_000_000m,
        }));
        var now = host.Clock.GetUtcNow().UtcDateTime;
        var award = new Award(Guid.CreateVersion7(), program.Id, SubsidyKind.InsuranceCompensation, host.Data.EnterpriseBId, 12_000m, 1, now);
        award.MarkPaid("TR-1", now);
        await host.WithDbAsync(async db => { db.Add(award); await db.SaveChangesAsync(); return 0; });

        await host.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RobotPlanDbContext>();
            var loaded = await db.Awards.SingleAsync(a => a.Id == award.Id);
            loaded.RecordFraudFinding("伪造交付凭证", "渝经信处〔2025〕7号", 12_000m, Guid.CreateVersion7(), host.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        });

        var record = await host.WithDbAsync(db => db.Set<CreditRecord>().AsNoTracking().SingleAsync(r => r.SourceReference == $"award:{award.Id}"));
        record.ShouldSatisfyAllConditions(
            r => r.SubjectKind.ShouldBe(CreditSubjectKind.Enterprise), r => r.SubjectId.ShouldBe(host.Data.EnterpriseBId),
            r => r.Kind.ShouldBe(CreditRecordKind.SeriousDishonesty), r => r.State.ShouldBe(CreditRecordState.InForce),
            r => r.EffectiveFrom.ShouldBe(host.Today), r => r.EffectiveTo.ShouldBe(host.Today.AddYears(3)),
            r => r.DocumentNumber.ShouldBe("渝经信处〔2025〕7号"), r => r.Source.ShouldBe(CreditRecordSource.FraudFinding));
        (await host.WithScopeAsync(sp => sp.GetRequiredService<RobotPlan.CatalogApplications.IEnterpriseCreditLookup>()
            .IsBlacklistedAsync(host.Data.EnterpriseBId, host.Today))).ShouldBeTrue();
    }
}
