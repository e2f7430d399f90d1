using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Errors;
using RobotPlan.Files;
using RobotPlan.FirstUnitInsurance;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.FirstUnitInsurance;

public sealed class InsurancePolicy_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private const string BuyerUscc = "91350100M000100Y43";

    private Task<T> Policies<T>(Func<IInsurancePolicyAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<IInsurancePolicyAppService>()));

    private Task<Guid> ProductOfAsync(Guid enterpriseId) =>
        host.WithDbAsync(db => db.Products.Where(p => p.EnterpriseId == enterpriseId).Select(p => p.Id).FirstAsync());

    private async Task<RegisterInsurancePolicyDto> PolicyAsync(string number, DateOnly start, Guid? previous = null) => new()
    {
        Insurer = "中国人民财产保险股份有限公司重庆市分公司", PolicyNumber = number, PeriodStart = start, PeriodEnd = start.AddYears(1).AddDays(-1),
        Premium = 36_000m, SumInsured = 1_200_000m, LiabilityLimit = 1_500_000m, PreviousPolicyId = previous,
        Units =
        [
            new InsuredUnitDto
            {
                ProductId = await ProductOfAsync(host.Data.EnterpriseAId), SerialNumber = "LYW6-25-0001", BuyerUscc = BuyerUscc,
                BuyerName = "福州某汽车零部件有限公司", ContractNumber = "HT-2025-018", DeliveryDate = start, UnitValue = 1_200_000m,
            },
        ],
    };

    [Fact]
    public async Task Should_Register_A_Policy_And_A_Renewal_As_Year_Two()
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var year1 = await Policies(async s => await s.RegisterAsync(await PolicyAsync("PICC-A-2025", new DateOnly(2025, 3, 1))));
        var year2 = await Policies(async s => await s.RegisterAsync(await PolicyAsync("PICC-A-2026", new DateOnly(2026, 3, 1), year1.Id)));

        year1.PolicyYear.ShouldBe(1);
        year2.PolicyYear.ShouldBe(2);
        year2.Units.ShouldHaveSingleItem().BuyerUscc.ShouldBe(BuyerUscc);
    }

    [Fact]
    public async Task Should_Refuse_A_Renewal_That_Leaves_A_Gap()
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var year1 = await Policies(async s => await s.RegisterAsync(await PolicyAsync("PICC-GAP-2025", new DateOnly(2025, 3, 1))));
        var error = await Should.ThrowAsync<BusinessException>(async () =>
            await Policies(async s => await s.RegisterAsync(await PolicyAsync("PICC-GAP-2026", new DateOnly(2026, 4, 1), year1.Id))));
        error.Code.ShouldBe(RobotPlanErrorCodes.PolicyCoverageGap);
    }

    [Fact]
    public async Task Should_Refuse_Insuring_Another_Enterprises_Product()
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseBUser);
        var error = await Should.ThrowAsync<BusinessException>(async () =>
            await Policies(async s => await s.RegisterAsync(await PolicyAsync("PICC-B-2025", new DateOnly(2025, 3, 1)))));
        error.Code.ShouldBe(RobotPlanErrorCodes.PolicyProductNotOwned);
        error.Field.ShouldBe("units[0].productId");
    }

    [Fact]
    public async Task Should_Hide_A_Policy_From_Another_Enterprise_And_Show_It_To_Finance()
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var policy = await Policies(async s => await s.RegisterAsync(await PolicyAsync("PICC-SCOPE-2025", new DateOnly(2025, 3, 1))));

        await host.LoginAsAsync(RobotPlanTestData.EnterpriseBUser);
        await Should.ThrowAsync<EntityNotFoundException>(() => Policies(s => s.GetAsync(policy.Id)));
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        (await Policies(s => s.GetAsync(policy.Id))).PolicyNumber.ShouldBe("PICC-SCOPE-2025");
    }

    [Fact]
    public async Task Should_Count_Premium_As_Paid_Only_With_Full_Amount_And_Proof()
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var policy = await Policies(async s => await s.RegisterAsync(await PolicyAsync("PICC-PAID-2025", new DateOnly(2025, 3, 1))));
        policy.IsPremiumFullyPaid.ShouldBeFalse();

        using var proof = new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));
        var paid = await Policies(s => s.RecordPremiumPaymentAsync(policy.Id, new RecordPremiumPaymentDto { PremiumPaid = 36_000m },
            new FileUpload(proof, "保费发票.pdf", proof.Length)));

        paid.IsPremiumFullyPaid.ShouldBeTrue();
        paid.PremiumProofFileId.ShouldNotBeNull();
    }
}
