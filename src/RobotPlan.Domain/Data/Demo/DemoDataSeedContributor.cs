namespace RobotPlan.Data;

/// <summary>Demo users for every role and demo enterprises — Development only (context.IncludeDemoData).</summary>
public sealed class DemoDataSeedContributor(
    UserManager<AppUser> users,
    IUserStore<AppUser> userStore,
    EnterpriseManager enterpriseManager,
    IEnterpriseRepository enterprises,
    IReferenceDataRepository referenceData,
    FileStore files,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IDataSeedContributor
{
    public int Order => 100;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (!context.IncludeDemoData) return;
        var jurisdictions = (await referenceData.GetJurisdictionsAsync(ct)).ToDictionary(j => j.Code, j => j.Id);
        var testingBody = (await referenceData.GetTestingBodiesAsync(ct)).First(b => b.Name == ReferenceDataSeedContributor.NationalRobotTestingCentre);

        await EnsureUserAsync(DemoUsers.Admin, "系统管理员", RobotPlanRoles.Administrator);
        await EnsureUserAsync(DemoUsers.SecurityAdmin, "安全管理员", RobotPlanRoles.SecurityAdministrator);
        await EnsureUserAsync(DemoUsers.AuditAdmin, "审计管理员", RobotPlanRoles.AuditAdministrator);
        await EnsureUserAsync(DemoUsers.Municipal, "市经济信息委 审核员", RobotPlanRoles.MunicipalReviewer);
        await EnsureUserAsync(DemoUsers.Finance, "市财政局 经办人", RobotPlanRoles.FinanceOfficer);
        await EnsureUserAsync(DemoUsers.Finance2, "市财政局 复核人", RobotPlanRoles.FinanceOfficer);
        await EnsureUserAsync(DemoUsers.Expert, "评审专家 王工", RobotPlanRoles.Expert);
        await EnsureUserAsync(DemoUsers.DistrictYubei, "渝北区经信委 审核员", RobotPlanRoles.DistrictReviewer,
            u => u.JurisdictionId = jurisdictions["500112"]);
        await EnsureUserAsync(DemoUsers.DistrictJiulongpo, "九龙坡区经信委 审核员", RobotPlanRoles.DistrictReviewer,
            u => u.JurisdictionId = jurisdictions["500107"]);
        await EnsureUserAsync(DemoUsers.DistrictLiangjiang, "两江新区经信局 审核员", RobotPlanRoles.DistrictReviewer,
            u => u.JurisdictionId = jurisdictions["LJXQ"]);
        await EnsureUserAsync(DemoUsers.DistrictNanan, "南岸区经信委 审核员", RobotPlanRoles.DistrictReviewer,
            u => u.JurisdictionId = jurisdictions["500108"]);
        foreach (var (userName, office, code) in new[]
                 {
                     (DemoUsers.DistrictJiangbei, "江北区经信委", "500105"), (DemoUsers.DistrictShapingba, "沙坪坝区经信委", "500106"),
                     (DemoUsers.DistrictBanan, "巴南区经信委", "500113"), (DemoUsers.DistrictBishan, "璧山区经信委", "500120"),
                 })
            await EnsureUserAsync(userName, office + " 审核员", RobotPlanRoles.DistrictReviewer, u => u.JurisdictionId = jurisdictions[code]);
        await EnsureUserAsync(DemoUsers.TestingBody, testingBody.Name, RobotPlanRoles.TestingBody,
            u => u.TestingBodyId = testingBody.Id);

        // The catalog's other makers only with the demo activity that lists their products (DemoCatalogMakers).
        var makers = context.IncludeDemoActivity ? DemoUsers.Enterprises.Concat(DemoCatalogMakers.Enterprises) : DemoUsers.Enterprises;
        foreach (var (index, (userName, legalName, jurisdictionCode, uscc, address)) in makers.Index())
        {
            var enterprise = await enterprises.FindByUsccAsync(uscc, ct)
                ?? await enterpriseManager.RegisterAsync(uscc, legalName, address, jurisdictions[jurisdictionCode],
                    new ContactInfo("张经理", $"023-6788{index + 1:D4}", $"{userName}@example.cn"), ct);
            await unitOfWork.SaveChangesAsync(ct);
            await EnsureUserAsync(userName, legalName, RobotPlanRoles.Enterprise, u => u.EnterpriseId = enterprise.Id);
            await EnsureVerifiedAsync(enterprise, userName, ct);
        }
    }

    /// <summary>Issue #14: the demo enterprises were verified by their district (licence and legal representative on file).</summary>
    private async Task EnsureVerifiedAsync(Enterprise enterprise, string userName, CancellationToken ct)
    {
        if (enterprise.IsVerified) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var licence = await files.SaveDemoPdfAsync($"Business licence {enterprise.Uscc}", enterprise.Id, ct, "营业执照.pdf");
        enterprise.SubmitForVerification(licence.Id, "张经理", await users.DemoActorAsync(userName, RobotPlanRoles.Enterprise), now);
        var district = await users.DemoDistrictReviewerAsync(enterprise.JurisdictionId)
            ?? new ReviewActor(null, "区县经济信息委", RobotPlanRoles.DistrictReviewer, enterprise.JurisdictionId);
        enterprise.Verify(district, now, "演示数据：营业执照与法定代表人已核验");
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task EnsureUserAsync(string userName, string displayName, string role, Action<AppUser>? bind = null)
    {
        if (await users.FindByNameAsync(userName) is not null) return;
        var user = new AppUser
        {
            UserName = userName,
            Email = $"{userName}@robotplan.example.cn",
            EmailConfirmed = true,
            DisplayName = displayName,
            CreationTime = clock.GetUtcNow().UtcDateTime,
        };
        bind?.Invoke(user);
        Ensure(await users.CreateAsync(user, DemoUsers.Password));
        Ensure(await users.AddToRoleAsync(user, role));
        if (DemoUsers.AuthenticatorKeys.TryGetValue(userName, out var key))
        {
            // The store sets a chosen key; UserManager only offers a random one (ResetAuthenticatorKeyAsync).
            await ((IUserAuthenticatorKeyStore<AppUser>)userStore).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            user.TwoFactorEnabled = true;
            Ensure(await users.UpdateAsync(user));
        }
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Demo user seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
