using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogListings;
using RobotPlan.Enterprises;
using RobotPlan.Files;
using RobotPlan.FirstUnitInsurance;
using RobotPlan.Products;
using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyAwards;
using RobotPlan.SubsidyClaims;

namespace RobotPlan.Application.Tests.SubsidyClaims;

/// <summary>Builds programmes, listed products, policies and claims through the app services, relative to the fake clock.</summary>
internal sealed class ClaimScenario(RobotPlanTestHost host)
{
    public static readonly DateOnly Delivery = new(2025, 3, 1);

    public Task<T> Claims<T>(Func<ISubsidyClaimAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<ISubsidyClaimAppService>()));

    public Task<T> Awards<T>(Func<IAwardAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<IAwardAppService>()));

    public Task<T> Policies<T>(Func<IInsurancePolicyAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<IInsurancePolicyAppService>()));

    /// <summary>A programme open now; each (year, kind) exists once, so tests pick distinct years.</summary>
    public async Task<SubsidyProgramDto> ProgramAsync(int year, SubsidyKind kind, decimal budget = 10_000_000m, bool allowCombination = false)
    {
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        // Test classes share one database across their tests: a programme made by an earlier test is reused.
        var existing = await host.WithScopeAsync(sp => sp.GetRequiredService<ISubsidyProgramAppService>().GetListAsync(year, kind));
        if (existing.Count > 0) return existing[0];
        var local = host.Clock.GetUtcNow().UtcDateTime.AddHours(8);
        return await host.WithScopeAsync(sp => sp.GetRequiredService<ISubsidyProgramAppService>().CreateAsync(new CreateSubsidyProgramDto
        {
            Year = year, Kind = kind, Title = $"{year} {kind}", Budget = budget, OpensAt = local.AddDays(-30), ClosesAt = local.AddDays(400),
            Parameters = new SubsidyParametersDto { AllowCombination = allowCombination },
        }));
    }

    /// <summary>A new product of enterprise A, Active in the first-unit catalog from <paramref name="listedFrom"/> (null: never listed).</summary>
    public async Task<ProductDto> ListedProductAsync(DateOnly? listedFrom = null)
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var product = await host.WithScopeAsync(sp => sp.GetRequiredService<IProductAppService>().CreateAsync(new CreateProductDto
        {
            Name = "焊接机器人", Model = "C-" + Guid.NewGuid().ToString("N")[..8], CategoryCode = "IR-WELD",
        }));
        if (listedFrom != DateOnly.MinValue)
            await ListingTestPublisher.PublishAsync(host.Services, product.Model, CatalogKind.FirstUnit, listedFrom ?? new DateOnly(2024, 7, 1));
        return product;
    }

    public static string NewBuyerUscc() => Uscc.WithCheckCharacter("91500103MA" + Random.Shared.Next(1_000_000, 9_999_999));

    public static InsuredUnitDto Unit(Guid productId, string buyerUscc, string? serial = null, DateOnly? delivery = null, decimal value = 1_000_000m) => new()
    {
        ProductId = productId, SerialNumber = serial ?? "SN-" + Guid.NewGuid().ToString("N")[..8], BuyerUscc = buyerUscc,
        BuyerName = "重庆某汽车零部件有限公司", ContractNumber = "HT-" + Guid.NewGuid().ToString("N")[..6], DeliveryDate = delivery ?? Delivery,
        UnitValue = value,
    };

    /// <summary>Enterprise A's policy starting <paramref name="start"/> for one year, premium paid in full with proof.</summary>
    public async Task<InsurancePolicyDto> PaidPolicyAsync(DateOnly start, IEnumerable<InsuredUnitDto> units, Guid? previous = null,
        decimal premium = 30_000m, decimal sumInsured = 1_000_000m, decimal liability = 2_000_000m)
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var policy = await Policies(s => s.RegisterAsync(new RegisterInsurancePolicyDto
        {
            Insurer = "人保财险重庆分公司", PolicyNumber = "P-" + Guid.NewGuid().ToString("N")[..10], PeriodStart = start,
            PeriodEnd = start.AddYears(1).AddDays(-1), Premium = premium, SumInsured = sumInsured, LiabilityLimit = liability,
            PreviousPolicyId = previous, Units = [.. units],
        }));
        return await Policies(s => s.RecordPremiumPaymentAsync(policy.Id, new RecordPremiumPaymentDto { PremiumPaid = premium }, Pdf("保费发票.pdf")));
    }

    public static FileUpload Pdf(string name)
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");
        return new FileUpload(new MemoryStream(bytes), name, bytes.Length);
    }

    public async Task<SubsidyClaimDto> CompensationDraftAsync(Guid programId, Guid policyId)
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        return await Claims(s => s.CreateCompensationAsync(new CreateCompensationClaimDto { ProgramId = programId, PolicyId = policyId }));
    }

    /// <summary>Enterprise B buys enterprise A's product and claims the reward, with all three documents.</summary>
    public async Task<SubsidyClaimDto> RewardDraftAsync(Guid programId, Guid productId, string serial, decimal price = 800_000m, DateOnly? delivery = null)
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseBUser);
        var claim = await Claims(s => s.CreateRewardAsync(new CreateRewardClaimDto
        {
            ProgramId = programId,
            Purchase = new RewardPurchaseInput
            {
                ProductId = productId, SerialNumber = serial, ContractNumber = "HT-" + Guid.NewGuid().ToString("N")[..6],
                ContractDate = Delivery.AddDays(-30), DeliveryDate = delivery ?? Delivery, ContractPrice = price,
            },
        }));
        foreach (var kind in Enum.GetValues<ClaimDocumentKind>())
            claim = await Claims(s => s.AttachDocumentAsync(claim.Id, kind, Pdf($"{kind}.pdf")));
        return claim;
    }

    /// <summary>Enterprise A's compensation claim for one listed unit, through district and municipal review, waiting for finance.</summary>
    public async Task<SubsidyClaimDto> CompensationInFinanceAsync(int programYear, decimal budget = 10_000_000m)
    {
        var program = await ProgramAsync(programYear, SubsidyKind.InsuranceCompensation, budget);
        var product = await ListedProductAsync();
        var policy = await PaidPolicyAsync(Delivery, [Unit(product.Id, NewBuyerUscc())]);
        return await ToFinanceAsync(await CompensationDraftAsync(program.Id, policy.Id), RobotPlanTestData.EnterpriseAUser,
            RobotPlanTestData.DistrictReviewerOfA);
    }

    public async Task<SubsidyClaimDto> SubmitAsync(SubsidyClaimDto claim, string user)
    {
        await host.LoginAsAsync(user);
        return await Claims(s => s.SubmitAsync(claim.Id, new ClaimTransitionDto { ConcurrencyStamp = claim.ConcurrencyStamp }));
    }

    /// <summary>Submitted, then district (the claimant's district) and municipal approvals: waiting for finance.</summary>
    public async Task<SubsidyClaimDto> ToFinanceAsync(SubsidyClaimDto draft, string claimant, string district)
    {
        var claim = await SubmitAsync(draft, claimant);
        await host.LoginAsAsync(district);
        claim = await Claims(s => s.DistrictApproveAsync(claim.Id, new ClaimTransitionDto { ConcurrencyStamp = claim.ConcurrencyStamp }));
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        return await Claims(s => s.MunicipalApproveAsync(claim.Id, new ClaimTransitionDto { ConcurrencyStamp = claim.ConcurrencyStamp }));
    }

    public async Task<SubsidyClaimDto> ConfirmAsync(SubsidyClaimDto claim)
    {
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        return await Claims(s => s.FinanceConfirmAsync(claim.Id, new ClaimTransitionDto { ConcurrencyStamp = claim.ConcurrencyStamp }));
    }

    public async Task<IReadOnlyList<ClaimRule>> FailedRulesAsync(Guid claimId)
    {
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        var check = await Claims(s => s.PreCheckAsync(claimId));
        return check.Checks.Where(c => !c.Passed).Select(c => c.Rule).Distinct().ToList();
    }

    public Task<SubsidyProgram> ReadProgramAsync(Guid id) => host.WithDbAsync(db => db.SubsidyPrograms.AsNoTracking().SingleAsync(p => p.Id == id));
}
