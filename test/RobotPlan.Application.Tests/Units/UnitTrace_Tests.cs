using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogListings;
using RobotPlan.Credit;
using RobotPlan.Data;
using RobotPlan.Files;
using RobotPlan.FirstUnitInsurance;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyAwards;
using RobotPlan.Units;

namespace RobotPlan.Application.Tests.Units;

/// <summary>Stands in for the claims feature's source: one claim on the year-1 policy of the traced unit.</summary>
public sealed class UnitTraceHost : RobotPlanTestHost
{
    public static readonly Guid ClaimId = Guid.CreateVersion7();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IUnitClaimSource, PolicyClaims>();

    private sealed class PolicyClaims : IUnitClaimSource
    {
        public static Guid? ClaimedPolicyId;

        public Task<IReadOnlyList<UnitClaimReference>> FindClaimsAsync(Guid productId, string serialNumber, IReadOnlyCollection<Guid> policyIds,
            CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<UnitClaimReference>>(ClaimedPolicyId is { } p && policyIds.Contains(p)
                ? [new UnitClaimReference(ClaimId, "InsuranceCompensation", "Approved", null)] : []);
    }

    public static void ClaimPolicy(Guid policyId) => PolicyClaims.ClaimedPolicyId = policyId;
}

/// <summary>产品质量追溯: the registry filled from policies and by the enterprise, incidents, the one-step suspension, every trace link.</summary>
public sealed class UnitTrace_Tests(UnitTraceHost host) : IClassFixture<UnitTraceHost>
{
    private const string Serial = "LYW6-TRACE-0001";

    private Task<T> Units<T>(Func<IProductUnitAppService, Task<T>> call) => host.WithScopeAsync(sp => call(sp.GetRequiredService<IProductUnitAppService>()));

    private async Task<InsurancePolicyDto> PolicyAsync(Guid productId, string number, DateOnly start, Guid? previous = null)
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        return await host.WithScopeAsync(sp => sp.GetRequiredService<IInsurancePolicyAppService>().RegisterAsync(new RegisterInsurancePolicyDto
        {
            Insurer = "中国人民财产保险股份有限公司重庆市分公司", PolicyNumber = number, PeriodStart = start, PeriodEnd = start.AddYears(1).AddDays(-1),
            Premium = 36_000m, SumInsured = 1_200_000m, LiabilityLimit = 1_500_000m, PreviousPolicyId = previous,
            Units =
            [
                new InsuredUnitDto
                {
                    ProductId = productId, SerialNumber = Serial, BuyerUscc = RobotPlanTestData.EnterpriseBUscc, BuyerName = "重庆山城精密传动科技有限公司",
                    ContractNumber = "HT-2025-077", DeliveryDate = new DateOnly(2025, 3, 1), UnitValue = 1_200_000m,
                },
            ],
        }));
    }

    [Fact]
    public async Task Should_Trace_A_Serial_Number_Through_Product_Listing_Reports_Policies_Claims_Awards_And_Incidents()
    {
        var listing = await ListingTestPublisher.PublishAsync(host.Services, "LY-W6", CatalogKind.FirstUnit, host.Today);
        var year1 = await PolicyAsync(listing.ProductId, "PICC-TRACE-2025", new DateOnly(2025, 3, 1));
        var year2 = await PolicyAsync(listing.ProductId, "PICC-TRACE-2026", new DateOnly(2026, 3, 1), year1.Id);

        // The registry fills itself from the policies: one unit for both policy years; a re-run adds nothing.
        (await host.WithScopeAsync(sp => sp.GetRequiredService<RegisterInsuredUnitsJob>().RunAsync())).ShouldBe(1);
        (await host.WithScopeAsync(sp => sp.GetRequiredService<RegisterInsuredUnitsJob>().RunAsync())).ShouldBe(0);
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        var unit = (await Units(s => s.GetListAsync(new GetUnitsInput { SerialNumber = Serial }))).Items.ShouldHaveSingleItem();
        unit.ShouldSatisfyAllConditions(u => u.Source.ShouldBe(UnitSource.InsurancePolicy), u => u.BuyerUscc.ShouldBe(RobotPlanTestData.EnterpriseBUscc),
            u => u.DeliveryDate.ShouldBe(new DateOnly(2025, 3, 1)));

        // An award on a claim about the year-1 policy (the claims feature supplies the claim through IUnitClaimSource).
        UnitTraceHost.ClaimPolicy(year1.Id);
        var award = await AwardAsync(UnitTraceHost.ClaimId);

        // The buyer reports a major incident with a photo; the reviewer suspends the listing in one step.
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseBUser);
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
        var incident = await Units(s => s.ReportIncidentAsync(unit.Id, new ReportIncidentDto
        {
            OccurredOn = host.Today.AddDays(-2), Severity = IncidentSeverity.Major, Description = "第六轴减速器断裂，机械臂坠落",
        }, new FileUpload(new MemoryStream(png), "现场照片.png", png.Length)));
        incident.ReporterKind.ShouldBe(IncidentReporterKind.Buyer);
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        var suspended = await Units(s => s.SuspendListingsAsync(unit.Id, incident.Id, new SuspendForIncidentDto
        {
            Reason = "重大质量事故", DocumentNumber = "渝经信质〔2025〕3号", DocumentDate = host.Today,
        }));
        suspended.ListingsSuspendedAt.ShouldNotBeNull();

        var trace = await Units(s => s.TraceAsync(unit.Id));

        trace.Product.ShouldSatisfyAllConditions(p => p.Model.ShouldBe("LY-W6"), p => p.EnterpriseId.ShouldBe(host.Data.EnterpriseAId));
        trace.Listings.Single(l => l.Id == listing.Id).Status.ShouldBe(CatalogListingStatus.Suspended);
        trace.TestReports.ShouldNotBeEmpty();
        trace.TestReports.Where(r => r.ReliedOnByListing).Select(r => r.Id).ShouldBe(listing.ReliedOnReportIds, ignoreOrder: true);
        trace.Policies.Select(p => p.PolicyNumber).ShouldBe(["PICC-TRACE-2025", "PICC-TRACE-2026"]);
        trace.Policies[0].ContractNumber.ShouldBe("HT-2025-077");
        trace.Claims.ShouldHaveSingleItem().Id.ShouldBe(UnitTraceHost.ClaimId);
        trace.Awards.ShouldHaveSingleItem().ShouldSatisfyAllConditions(a => a.Id.ShouldBe(award.Id), a => a.Amount.ShouldBe(28_800m));
        trace.Unit.Incidents.ShouldHaveSingleItem().EvidenceFileId.ShouldNotBeNull();
        var evidence = await Units(s => s.GetEvidenceAsync(unit.Id, incident.Id));
        evidence.ContentType.ShouldBe("image/png");
        year2.PolicyYear.ShouldBe(2);
    }

    [Fact]
    public async Task Should_Show_A_Unit_To_Maker_Buyer_And_Its_Testing_Body_Only()
    {
        var productId = await host.WithDbAsync(db => db.Products.Where(p => p.Model == "LY-P180").Select(p => p.Id).SingleAsync());
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var unit = await Units(s => s.RegisterAsync(new RegisterUnitDto
        {
            ProductId = productId, SerialNumber = "P180-0042", ManufactureDate = new DateOnly(2025, 6, 1), BuyerName = "山城精密",
            BuyerUscc = RobotPlanTestData.EnterpriseBUscc, DeliveryDate = new DateOnly(2025, 7, 1), InstallationSite = "九龙坡区 3 号车间",
        }));

        foreach (var user in new[] { RobotPlanTestData.EnterpriseAUser, RobotPlanTestData.EnterpriseBUser, RobotPlanTestData.MunicipalReviewer,
                     RobotPlanTestData.TestingBodyUser })
        {
            await host.LoginAsAsync(user);
            (await Units(s => s.TraceAsync(unit.Id))).Unit.SerialNumber.ShouldBe("P180-0042");
        }
        await host.LoginAsAsync(DemoUsers.EnterpriseBayu);
        await Should.ThrowAsync<EntityNotFoundException>(() => Units(s => s.TraceAsync(unit.Id)));
        (await Units(s => s.GetListAsync(new GetUnitsInput { SerialNumber = "P180-0042" }))).TotalCount.ShouldBe(0);

        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        (await Should.ThrowAsync<BusinessException>(() => Units(s => s.RegisterAsync(new RegisterUnitDto { ProductId = productId, SerialNumber = "P180-0042" }))))
            .Code.ShouldBe(CreditErrorCodes.SerialNumberTaken);
        var bProduct = await host.WithDbAsync(db => db.Products.Where(p => p.EnterpriseId == host.Data.EnterpriseBId).Select(p => p.Id).FirstAsync());
        await Should.ThrowAsync<EntityNotFoundException>(() => Units(s => s.RegisterAsync(new RegisterUnitDto { ProductId = bProduct, SerialNumber = "X-1" })));
    }

    [Fact]
    public async Task Should_Refuse_The_One_Step_Suspension_For_A_Minor_Incident()
    {
        var productId = await host.WithDbAsync(db => db.Products.Where(p => p.Model == "LY-P180").Select(p => p.Id).SingleAsync());
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var unit = await Units(s => s.RegisterAsync(new RegisterUnitDto { ProductId = productId, SerialNumber = "P180-0099" }));
        var incident = await Units(s => s.ReportIncidentAsync(unit.Id, new ReportIncidentDto
        {
            OccurredOn = host.Today, Severity = IncidentSeverity.Minor, Description = "示教器偶发卡顿",
        }, null));
        incident.ReporterKind.ShouldBe(IncidentReporterKind.Enterprise);

        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        (await Should.ThrowAsync<BusinessException>(() => Units(s => s.SuspendListingsAsync(unit.Id, incident.Id, new SuspendForIncidentDto
        {
            Reason = "x", DocumentNumber = "d", DocumentDate = host.Today,
        })))).Code.ShouldBe(CreditErrorCodes.IncidentNotMajor);
    }

    private async Task<Award> AwardAsync(Guid claimId)
    {
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        var program = await host.WithScopeAsync(sp => sp.GetRequiredService<ISubsidyProgramAppService>().CreateAsync(new CreateSubsidyProgramDto
        {
            Year = 2025, Kind = SubsidyKind.InsuranceCompensation, Title = "2025年度首台（套）保险补偿",
            OpensAt = new DateTime(2025, 3, 1), ClosesAt = new DateTime(2025, 12, 1), Budget = 1_000_000m,
        }));
        var award = new Award(claimId, program.Id, SubsidyKind.InsuranceCompensation, host.Data.EnterpriseAId, 28_800m, 1, host.Clock.GetUtcNow().UtcDateTime);
        await host.WithDbAsync(async db => { db.Add(award); await db.SaveChangesAsync(); return 0; });
        return award;
    }
}
