using S = RobotPlan.SubsidyClaims.SubsidyClaimStatus;

namespace RobotPlan.Data;

/// <summary>
/// Subsidy claims for the demo (Development only, after the demo catalog): this year's two programmes, shancheng's policy
/// on its listed RV-40E with a claim in public notice (budget reserved), liangjiang's policy on LJ-C7 with a claim waiting
/// for the district, and bayu's first-purchase reward for an LJ-C7 unit approved with its explained award. Built through the
/// aggregates' transitions and the budget ledger. Then a reward claim in each other state (<see cref="DemoClaimStates"/>).
/// Runs once: nothing is added when any claim exists.
/// </summary>
public sealed class DemoClaimsSeedContributor(
    ISubsidyClaimRepository claims,
    ISubsidyProgramRepository programs,
    SubsidyProgramManager programManager,
    IInsurancePolicyRepository policies,
    IProductRepository products,
    IEnterpriseRepository enterprises,
    IPublicNoticeRepository notices,
    ICalendarRepository calendar,
    IBudgetLedger ledger,
    SubsidyClaimManager claimManager,
    UserManager<AppUser> users,
    FileStore files,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IDataSeedContributor
{
    public int Order => 140;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (!context.IncludeDemoData || !context.IncludeDemoActivity) return;
        if ((await claims.GetPageAsync(new SubsidyClaimFilter(null, null, null, null, null, 0, 1), ct)).TotalCount > 0) return;
        var rv40 = await ProductAsync(DemoUsers.EnterpriseShancheng, "RV-40E", ct);
        var lj = await ProductAsync(DemoUsers.EnterpriseLiangjiang, "LJ-C7", ct);
        if (rv40 is null || lj is null) return; // the demo catalog did not list them: nothing to claim for
        var now = clock.GetUtcNow().UtcDateTime;
        var compensation = await ProgramAsync(now, SubsidyKind.InsuranceCompensation, $"{now.Year}年度首台（套）重大技术装备保险补偿",
            $"{now.Year} First-of-a-Kind Equipment Insurance Compensation", 20_000_000m, ct);
        var reward = await ProgramAsync(now, SubsidyKind.FirstPurchaseReward, $"{now.Year}年度首购首用奖励",
            $"{now.Year} First Purchase and First Use Reward", 5_000_000m, ct);
        var lastYear = now.Year - 1;
        var lingyun = (await enterprises.FindByUsccAsync(DemoUsers.Enterprises[0].Uscc, ct))!;
        var bayu = (await enterprises.FindByUsccAsync(DemoUsers.Enterprises[3].Uscc, ct))!;

        // In public notice: shancheng's RV-40E delivered to lingyun, premium 45,000 on 1,800,000 insured → 36,000 reserved.
        var rvPolicy = await PolicyAsync(rv40, "PICC-CQ-RV40E-01", new DateOnly(lastYear, 8, 1), 45_000m, 1_800_000m,
            new InsuredUnit(rv40.Id, "RV40E-2024-0107", lingyun.Uscc, lingyun.LegalName, "HT-SC-2024-031", new DateOnly(lastYear, 8, 1), 1_600_000m), ct);
        var inNotice = SubsidyClaim.ForCompensation(compensation, rvPolicy, rv40.EnterpriseId, now.AddDays(-20));
        await AdvanceAsync(inNotice, DemoUsers.EnterpriseShancheng, S.FinanceReview, now.AddDays(-18), ct);
        await ConfirmAsync(inNotice, compensation, Compensation(compensation, rvPolicy), now, ct);

        // Waiting for the district: liangjiang's LJ-C7 delivered to bayu.
        var ljPolicy = await PolicyAsync(lj, "CPIC-CQ-LJC7-01", new DateOnly(lastYear, 9, 1), 28_000m, 1_000_000m,
            new InsuredUnit(lj.Id, "LJC7-2024-0012", bayu.Uscc, bayu.LegalName, "HT-LJ-2024-007", new DateOnly(lastYear, 9, 1), 850_000m), ct);
        var waiting = SubsidyClaim.ForCompensation(compensation, ljPolicy, lj.EnterpriseId, now.AddDays(-3));
        await claims.AddAsync(waiting, ct);
        waiting.Submit(await users.DemoActorAsync(DemoUsers.EnterpriseLiangjiang, RobotPlanRoles.Enterprise), now.AddDays(-2));

        // Approved with its award: bayu's reward for another LJ-C7 unit it bought (combining is not allowed, so a different unit).
        var purchase = new RewardPurchase(lj.Id, "LJC7-2024-0015", bayu.Uscc, "HT-BY-2024-115", new DateOnly(lastYear, 9, 20),
            new DateOnly(lastYear, 10, 15), 920_000m);
        await RewardClaimAsync(reward, DemoUsers.EnterpriseBayu, bayu, purchase, S.Approved, now.AddDays(-40), ct);

        foreach (var (index, (buyerUser, model, status)) in DemoClaimStates.RewardClaims.Index())
        {
            var buyer = (await enterprises.FindByUsccAsync(EnterpriseUscc(buyerUser), ct))!;
            var product = (await products.GetPageAsync(new ProductFilter(null, null, model, null, null, 0, 2), ct)).Items.Single(p => p.Model == model);
            var serial = $"{model}-{lastYear}-{index + 101:D4}";
            var bought = new RewardPurchase(product.Id, serial, buyer.Uscc, $"HT-{serial}", new DateOnly(lastYear, 10, index + 1),
                new DateOnly(lastYear, 11, index + 1), 160_000m + index * 45_000m);
            await RewardClaimAsync(reward, buyerUser, buyer, bought, status, now.AddDays(-45 + index * 2), ct);
        }
        await unitOfWork.SaveChangesAsync(ct);
    }

    /// <summary>A reward claim with its evidence, moved to <paramref name="status"/>; an approved one was confirmed a month ago
    /// (its notice has ended) and the approval job's act made its award.</summary>
    private async Task RewardClaimAsync(SubsidyProgram reward, string buyerUser, Enterprise buyer, RewardPurchase purchase, S status, DateTime createdAt,
        CancellationToken ct)
    {
        var claim = SubsidyClaim.ForReward(reward, buyer.Id, purchase, createdAt);
        foreach (var kind in Enum.GetValues<ClaimDocumentKind>())
        {
            var file = await files.SaveDemoPdfAsync($"{kind} {purchase.ContractNumber}", buyer.Id, ct);
            claim.AttachDocument(new ClaimDocument(kind, file.Id, file.FileName));
        }
        await AdvanceAsync(claim, buyerUser, status == S.Approved ? S.FinanceReview : status, createdAt.AddDays(2), ct);
        if (status != S.Approved) return;
        var parameters = reward.CurrentParameters;
        await ConfirmAsync(claim, reward, ClaimComputation.ForReward(parameters.Version, parameters.Values, purchase.ContractPrice),
            createdAt.AddDays(10), ct);
        await claimManager.ApproveAsync(claim, new ReviewActor(null, "系统（补助公示期满）", "system", null), ct);
    }

    private async Task<SubsidyProgram> ProgramAsync(DateTime now, SubsidyKind kind, string title, string titleEn, decimal budget, CancellationToken ct)
    {
        if ((await programs.GetListAsync(now.Year, kind, ct)).FirstOrDefault() is { } existing) return existing;
        // A copy per programme: EF owns the values instance, and one shared instance would be moved from the first programme to the second.
        var program = await programManager.CreateAsync(now.Year, kind, title, now.AddDays(-60), now.AddDays(120), budget, SubsidyParameters.Default with { }, ct);
        program.TranslateTitle(titleEn);
        return program;
    }

    private async Task<InsurancePolicy> PolicyAsync(Product product, string number, DateOnly start, decimal premium, decimal sumInsured, InsuredUnit unit,
        CancellationToken ct)
    {
        var policy = new InsurancePolicy(product.EnterpriseId, "中国人民财产保险股份有限公司重庆市分公司", number, start, start.AddYears(1).AddDays(-1),
            premium, sumInsured, 2_000_000m, [unit]);
        policy.RecordPremiumPayment(premium, (await files.SaveDemoPdfAsync($"保费发票 {number}", product.EnterpriseId, ct)).Id);
        await policies.AddAsync(policy, ct);
        return policy;
    }

    /// <summary>Adds the claim and walks it from draft to <paramref name="to"/> (R-36), each step by whoever holds it, from <paramref name="at"/>.</summary>
    private async Task AdvanceAsync(SubsidyClaim claim, string enterpriseUser, S to, DateTime at, CancellationToken ct)
    {
        await claims.AddAsync(claim, ct);
        if (to == S.Draft) return;
        var enterprise = await users.DemoActorAsync(enterpriseUser, RobotPlanRoles.Enterprise);
        claim.Submit(enterprise, at);
        if (to == S.Withdrawn) claim.Withdraw(enterprise, at.AddDays(1), "购置合同编号填写有误，撤回后重新申报");
        if (to is S.Submitted or S.Withdrawn) return;
        var district = await DistrictActorAsync(claim.EnterpriseId, ct);
        claim.StartDistrictReview(district, at.AddDays(1));
        if (to == S.Returned) claim.ReturnForRevision("验收证明缺少使用单位盖章，请补正后重新提交", district, at.AddDays(2));
        if (to is S.DistrictReview or S.Returned) return;
        claim.ApproveByDistrict(district, at.AddDays(1), "材料齐全，同意上报");
        if (to == S.MunicipalReview) return;
        var municipal = await users.DemoActorAsync(DemoUsers.Municipal, RobotPlanRoles.MunicipalReviewer);
        if (to == S.Rejected) claim.Reject("该设备已享受市级技改专项补助，不得重复申报（R-35）", municipal, at.AddDays(3));
        else claim.ApproveByMunicipal(municipal, at.AddDays(3), "审核通过");
    }

    private static string EnterpriseUscc(string user) => DemoUsers.Enterprises.Concat(DemoCatalogMakers.Enterprises).Single(e => e.User == user).Uscc;

    /// <summary>Finance confirmation at <paramref name="at"/>: the amount reserved on the budget and the claim's notice from that day.</summary>
    private async Task ConfirmAsync(SubsidyClaim claim, SubsidyProgram program, ClaimComputation computation, DateTime at, CancellationToken ct)
    {
        await unitOfWork.SaveChangesAsync(ct); // the programme row must exist before the ledger's conditional update
        if (!await ledger.TryReserveAsync(program.Id, computation.Amount, ct)) return;
        claim.ConfirmByFinance(computation, await users.DemoActorAsync(DemoUsers.Finance, RobotPlanRoles.FinanceOfficer), at);
        var window = NoticeWindow.Compute(await calendar.GetCalendarAsync(ct), at, SubsidyClaimConsts.NoticeWorkingDays);
        var notice = new PublicNotice(program.Id, $"{program.Title} 拟补助公示", [claim], window, SubsidyClaimConsts.NoticeWorkingDays, at);
        claim.PublishedIn(notice);
        await notices.AddAsync(notice, ct);
        await unitOfWork.SaveChangesAsync(ct);
    }

    /// <summary>The first compensated year of a project: nothing compensated before.</summary>
    private static ClaimComputation Compensation(SubsidyProgram program, InsurancePolicy policy) =>
        ClaimComputation.ForCompensation(program.CurrentParameters.Version, program.CurrentParameters.Values, policy.PremiumPaid, policy.SumInsured, 0m);

    private async Task<Product?> ProductAsync(string enterpriseUser, string model, CancellationToken ct)
    {
        var enterprise = await enterprises.FindByUsccAsync(EnterpriseUscc(enterpriseUser), ct);
        return enterprise is null ? null : await products.FindByModelAsync(enterprise.Id, model, ct);
    }

    private async Task<ReviewActor> DistrictActorAsync(Guid enterpriseId, CancellationToken ct)
    {
        var jurisdictionId = (await enterprises.FindAsync(enterpriseId, ct))!.JurisdictionId;
        return await users.DemoDistrictReviewerAsync(jurisdictionId)
            ?? new ReviewActor(null, "区县经济信息委", RobotPlanRoles.DistrictReviewer, jurisdictionId);
    }
}
