using Microsoft.Kiota.Abstractions;
using RobotPlan.Api.Client.Models;
// Not the HTTP API: the host's recurring jobs, demo users, a PDF to upload and the USCC check character.
using ApproveNoticeEndedClaimsJob = RobotPlan.SubsidyClaims.ApproveNoticeEndedClaimsJob;
using DemoUsers = RobotPlan.Data.DemoUsers;
using ExecutePayoutBatchJob = RobotPlan.Payouts.ExecutePayoutBatchJob;
using ListNoticeEndedApplicationsJob = RobotPlan.CatalogListings.ListNoticeEndedApplicationsJob;
using MinimalPdf = RobotPlan.Files.MinimalPdf;
using Uscc = RobotPlan.Enterprises.Uscc;

namespace RobotPlan.Api.Client.Tests;

/// <summary>
/// Issue #15 item 5: one enterprise's whole path, every request built by the generated client from the contract — it
/// registers, adds a product, gets a test report, applies to the first-unit catalog through district, municipal,
/// experts, decision and notice to a listing a buyer finds; then insures a unit, claims compensation through finance
/// confirmation and notice to an award, which a batch submitted by one finance officer and approved by another pays,
/// and the day is reconciled. Time passing and the recurring jobs are the host's (<see cref="ApiClientHost"/>).
/// </summary>
public sealed class ClientJourney_Tests(ApiClientHost host) : IClassFixture<ApiClientHost>
{
    private const string Password = NewEnterprises.Password;
    private static readonly TimeZoneInfo Chongqing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public Task Should_Take_An_Enterprise_From_Registration_To_A_Listing_And_A_Paid_Reconciled_Award_When_Driven_By_The_Client() => Explained(WalkAsync);

    private async Task WalkAsync()
    {
        await KeepCalendarAsync();
        var (enterprise, userName) = await RegisterAsync();
        var product = await enterprise.Api.App.Products.PostAsync(new CreateProductDto
        {
            Name = "客户端六轴焊接机器人", Model = "CL-" + userName[^6..], CategoryCode = "IR-WELD",
        });
        await IssueTestReportAsync(product!);

        var listingNumber = await ListAsync(enterprise, product!);
        var found = await host.Anonymous().Api.Public.Listings.GetAsync(r => r.QueryParameters.Keyword = "客户端六轴");
        found!.Items!.Select(i => i.Number).ShouldContain(listingNumber);

        enterprise = await host.SignInAsync(userName, Password); // the notice took weeks: a new token
        var claim = await ClaimCompensationAsync(enterprise, product!);
        enterprise = await host.SignInAsync(userName, Password);
        var award = await enterprise.Api.App.SubsidyClaims[claim.Id!.Value].Award.GetAsync();
        award!.Amount.ShouldBe(claim.Amount);

        await PayAndReconcileAsync(claim);
    }

    /// <summary>
    /// The journey's notices count working days across about two months from today; the administrator keeps the holiday
    /// calendar (R-7), so a year the demo data lacks (the clock is the real date) is added as an administrator would.
    /// </summary>
    private async Task KeepCalendarAsync()
    {
        var admin = await host.SignInAsync(DemoUsers.Admin);
        var known = (await admin.Api.App.Calendar.Years.GetAsync())!.Select(y => y.Year).ToHashSet();
        foreach (var year in new[] { Today().Year, Today().AddDays(60).Year }.Distinct().Where(y => !known.Contains(y)))
            await admin.Api.App.Calendar.Years.PostAsync(new CreateCalendarYearDto { Year = year, Source = "国务院办公厅关于" + year + "年部分节假日安排的通知" });
    }

    private async Task<(RobotPlanApiClient Client, string UserName)> RegisterAsync()
    {
        var anonymous = host.Anonymous();
        var yubei = (await anonymous.Api.Public.ReferenceData.Jurisdictions.GetAsync())!.Single(j => j.Code == NewEnterprises.YubeiCode);
        var userName = "journey" + Guid.NewGuid().ToString("N")[..8];
        var registration = NewEnterprises.Registration(userName, yubei.Id!.Value);
        (await anonymous.Api.Public.Account.RegisterEnterprise.PostAsync(registration))!.EnterpriseId.ShouldNotBeNull();

        var client = await host.SignInAsync(userName, Password);
        var mine = await client.Api.App.Enterprises.Mine.GetAsync();
        // R-43: a payee is paid only to an account in its legal name.
        await client.Api.App.Enterprises[mine!.Id!.Value].PutAsync(new UpdateEnterpriseDto
        {
            LegalName = mine.LegalName, Address = mine.Address, Contact = mine.Contact, ConcurrencyStamp = mine.ConcurrencyStamp,
            BankAccount = new BankAccountDto { BankName = "重庆银行渝北支行", AccountName = mine.LegalName, AccountNumber = "6217000010001234567" },
        });
        await VerifyAsync(client, mine.Id!.Value);
        return (client, userName);
    }

    /// <summary>Issue #14: a new enterprise sends its business licence, and its district (渝北区, from the USCC) verifies it.</summary>
    private async Task VerifyAsync(RobotPlanApiClient enterprise, Guid enterpriseId)
    {
        var form = new MultipartBody();
        form.AddOrReplacePart("legalRepresentative", "text/plain", "张客户");
        form.AddOrReplacePart("file", "application/pdf", MinimalPdf.Create("营业执照"), "营业执照.pdf");
        var submitted = await enterprise.Api.App.Enterprises[enterpriseId].Verification.PostAsync(form);
        var district = await host.SignInAsync(DemoUsers.DistrictYubei);
        var verified = await district.Api.App.Enterprises[enterpriseId].Verification.Verify.PostAsync(
            new DecideVerificationDto { ConcurrencyStamp = submitted!.ConcurrencyStamp });
        verified!.Status.ShouldBe(EnterpriseVerificationStatus.Verified);
    }

    private async Task IssueTestReportAsync(ProductDto product)
    {
        var testing = await host.SignInAsync(DemoUsers.TestingBody);
        var enterprise = await (await host.SignInAsync(DemoUsers.Admin)).Api.App.Enterprises[product.EnterpriseId!.Value].GetAsync();
        var today = Today();
        var form = new MultipartBody();
        form.AddOrReplacePart("uscc", "text/plain", enterprise!.Uscc!);
        form.AddOrReplacePart("model", "text/plain", product.Model!);
        form.AddOrReplacePart("number", "text/plain", "CQTR-" + product.Model);
        form.AddOrReplacePart("conclusion", "text/plain", "合格");
        form.AddOrReplacePart("issuedOn", "text/plain", today.AddDays(-10).ToString("yyyy-MM-dd"));
        form.AddOrReplacePart("expiresOn", "text/plain", today.AddYears(2).ToString("yyyy-MM-dd"));
        form.AddOrReplacePart("file", "application/pdf", TestPdf.Unique("检测报告"), "检测报告.pdf");

        var report = await testing.Api.App.TestReports.PostAsync(form);

        report!.ProductId.ShouldBe(product.Id);
    }

    /// <summary>The first-unit catalog: batch, application with its evidence, the reviews, three experts, the decision, the notice, the listing.</summary>
    private async Task<string> ListAsync(RobotPlanApiClient enterprise, ProductDto product)
    {
        var municipal = await host.SignInAsync(DemoUsers.Municipal);
        var now = TimeZoneInfo.ConvertTime(host.Clock.GetUtcNow(), Chongqing);
        var batch = await municipal.Api.App.CatalogBatches.PostAsync(new CreateCatalogBatchDto
        {
            Catalog = CatalogKind.FirstUnit, Year = now.Year, Title = "客户端全流程批次 " + product.Model,
            OpensAt = now.AddDays(-1), ClosesAt = now.AddDays(30), RevisionDeadline = now.AddDays(60),
            Rubric = [new RubricCriterionDto { Name = "技术先进性", Weight = 60 }, new RubricCriterionDto { Name = "市场前景", Weight = 40 }],
        });

        var file = await enterprise.Api.App.CatalogApplications.PostAsync(new CreateCatalogApplicationDto
        {
            BatchId = batch!.Id, ProductId = product.Id,
            FirstUnit = new FirstUnitFormDto
            {
                Indicators = [new TechnicalIndicatorDto { Name = "重复定位精度", Value = "±0.02 mm", DomesticLevel = TechnologyLevel.Leading, InternationalLevel = TechnologyLevel.Comparable }],
                FirstSaleContractNumber = "HT-" + product.Model, FirstSaleDate = new Date(Today().AddMonths(-2)),
                Patents = [new PatentDto { Number = "ZL202410000001.X", Title = "焊缝跟踪方法" }], KeyPartLocalisationRate = 72,
            },
        });
        foreach (var kind in new[] { "ApplicationForm", "FirstSaleContract", "IntellectualProperty" })
        {
            var form = new MultipartBody();
            form.AddOrReplacePart("kind", "text/plain", kind);
            form.AddOrReplacePart("file", "application/pdf", MinimalPdf.Create(kind), kind + ".pdf");
            file = await enterprise.Api.App.CatalogApplications[file!.Id!.Value].Attachments.PostAsync(form);
        }
        var id = file!.Id!.Value;
        file = await enterprise.Api.App.CatalogApplications[id].Submit.PostAsync(new CatalogTransitionDto { ConcurrencyStamp = file.ConcurrencyStamp });
        var district = await host.SignInAsync(DemoUsers.DistrictYubei);
        file = await district.Api.App.CatalogApplications[id].DistrictApprove.PostAsync(new CatalogTransitionDto { ConcurrencyStamp = file!.ConcurrencyStamp });
        file = await municipal.Api.App.CatalogApplications[id].FormalApprove.PostAsync(new CatalogTransitionDto { ConcurrencyStamp = file!.ConcurrencyStamp });
        file!.Status.ShouldBe(CatalogApplicationStatus.ExpertReview);

        var panel = await municipal.Api.App.ExpertPanels.PostAsync(new DrawExpertPanelDto { ApplicationId = id });
        var admin = await host.SignInAsync(DemoUsers.Admin);
        foreach (var member in panel!.Members!)
        {
            var expertName = (await admin.Api.App.Users[member.ExpertUserId!.Value].GetAsync())!.UserName!;
            var expert = await host.SignInAsync(expertName);
            await expert.Api.App.ExpertPanels[panel.Id!.Value].DeclareNoConflict.PostAsync();
            await expert.Api.App.ExpertPanels[panel.Id!.Value].Score.PostAsync(new ScoreDto
            {
                Scores = panel.Rubric!.Select(c => new CriterionScoreInputDto { Criterion = c.Name, Score = c.Weight - 5, Comment = "达到申报水平" }).ToList(),
            });
        }

        var notice = await municipal.Api.App.PublicNotices.PostAsync(new DecideBatchDto { BatchId = batch.Id });
        notice!.Id.ShouldNotBeNull();
        (await municipal.Api.App.CatalogApplications[id].GetAsync())!.Status.ShouldBe(CatalogApplicationStatus.InPublicNotice);

        // The notice's working days pass; the 00:05 job lists what no objection held (R-16).
        host.Clock.Advance(TimeSpan.FromDays(21));
        await host.RunJobAsync<ListNoticeEndedApplicationsJob>(job => job.RunAsync());
        municipal = await host.SignInAsync(DemoUsers.Municipal);
        var listed = await municipal.Api.App.CatalogApplications[id].GetAsync();
        listed!.Status.ShouldBe(CatalogApplicationStatus.Listed);
        return (await municipal.Api.App.CatalogListings[listed.ListingId!.Value].GetAsync())!.Number!;
    }

    /// <summary>先保后补: a paid policy on a delivered unit, the claim through district, municipal and finance, its notice, the award.</summary>
    private async Task<SubsidyClaimDto> ClaimCompensationAsync(RobotPlanApiClient enterprise, ProductDto product)
    {
        var finance = await host.SignInAsync(DemoUsers.Finance);
        var now = TimeZoneInfo.ConvertTime(host.Clock.GetUtcNow(), Chongqing);
        var program = await finance.Api.App.SubsidyPrograms.PostAsync(new CreateSubsidyProgramDto
        {
            Year = 2021, Kind = SubsidyKind.InsuranceCompensation, Title = "客户端首台套保险补偿", OpensAt = now.AddDays(-1), ClosesAt = now.AddDays(300),
            Budget = 100_000_000, Parameters = new SubsidyParametersDto { RateCap = 0.03 },
        });

        var today = Today();
        var policy = await enterprise.Api.App.InsurancePolicies.PostAsync(new RegisterInsurancePolicyDto
        {
            Insurer = "人保财险", PolicyNumber = "PICC-" + product.Model, PeriodStart = new Date(today), PeriodEnd = new Date(today.AddYears(1).AddDays(-1)),
            Premium = 30_000, SumInsured = 1_000_000, LiabilityLimit = 2_000_000,
            Units =
            [
                new InsuredUnitDto
                {
                    ProductId = product.Id, SerialNumber = "SN-" + product.Model, BuyerUscc = Uscc.WithCheckCharacter("91500103MA" + Random.Shared.Next(1_000_000, 9_999_999)),
                    BuyerName = "重庆买方制造有限公司", ContractNumber = "HT-B-" + product.Model, DeliveryDate = new Date(today), UnitValue = 800_000,
                },
            ],
        });
        var premium = new MultipartBody();
        premium.AddOrReplacePart("premiumPaid", "text/plain", "30000");
        premium.AddOrReplacePart("file", "application/pdf", MinimalPdf.Create("保费发票"), "保费发票.pdf");
        await enterprise.Api.App.InsurancePolicies[policy!.Id!.Value].PremiumPayment.PostAsync(premium);

        var claim = await enterprise.Api.App.SubsidyClaims.Compensation.PostAsync(new CreateCompensationClaimDto { ProgramId = program!.Id, PolicyId = policy.Id });
        var id = claim!.Id!.Value;
        claim = await enterprise.Api.App.SubsidyClaims[id].Submit.PostAsync(new ClaimTransitionDto { ConcurrencyStamp = claim.ConcurrencyStamp });
        claim = await (await host.SignInAsync(DemoUsers.DistrictYubei)).Api.App.SubsidyClaims[id].DistrictApprove
            .PostAsync(new ClaimTransitionDto { ConcurrencyStamp = claim!.ConcurrencyStamp });
        claim = await (await host.SignInAsync(DemoUsers.Municipal)).Api.App.SubsidyClaims[id].MunicipalApprove
            .PostAsync(new ClaimTransitionDto { ConcurrencyStamp = claim!.ConcurrencyStamp });
        claim = await finance.Api.App.SubsidyClaims[id].FinanceConfirm.PostAsync(new ClaimTransitionDto { ConcurrencyStamp = claim!.ConcurrencyStamp });
        claim!.Status.ShouldBe(SubsidyClaimStatus.InPublicNotice);

        host.Clock.Advance(TimeSpan.FromDays(21));
        await host.RunJobAsync<ApproveNoticeEndedClaimsJob>(job => job.RunAsync());
        claim = await (await host.SignInAsync(DemoUsers.Finance)).Api.App.SubsidyClaims[id].GetAsync();
        claim!.Status.ShouldBe(SubsidyClaimStatus.Approved);
        claim.AwardId.ShouldNotBeNull();
        claim.Amount.ShouldNotBeNull().ShouldBeGreaterThan(0);
        return claim;
    }

    /// <summary>R-40 four eyes: one officer submits, another approves; the executor pays through the treasury; the day is reconciled.</summary>
    private async Task PayAndReconcileAsync(SubsidyClaimDto claim)
    {
        var finance = await host.SignInAsync(DemoUsers.Finance);
        var finance2 = await host.SignInAsync(DemoUsers.Finance2);
        var batch = await finance.Api.App.PayoutBatches.Assemble.PostAsync();
        var id = batch!.Id!.Value;
        var detail = await finance.Api.App.PayoutBatches[id].GetAsync();
        detail!.Items!.ShouldContain(i => i.AwardId == claim.AwardId && i.HoldReason == null);

        batch = await finance.Api.App.PayoutBatches[id].Submit.PostAsync(new PayoutBatchActionDto { ConcurrencyStamp = batch.ConcurrencyStamp });
        var self = await Should.ThrowAsync<ProblemDetails>(() =>
            finance.Api.App.PayoutBatches[id].Approve.PostAsync(new PayoutBatchActionDto { ConcurrencyStamp = batch!.ConcurrencyStamp }));
        self.ResponseStatusCode.ShouldBe(422);
        self.Code.ShouldBe("RobotPlan:Payouts.SameOfficer");
        batch = await finance2.Api.App.PayoutBatches[id].Approve.PostAsync(new PayoutBatchActionDto { ConcurrencyStamp = batch!.ConcurrencyStamp });
        batch!.Status.ShouldBe(PayoutBatchStatus.Approved);

        // Enqueued on approval; the host runs no Hangfire server, so the test runs it as the worker would.
        await host.RunJobAsync<ExecutePayoutBatchJob>(job => job.RunAsync(id));
        detail = await finance.Api.App.PayoutBatches[id].GetAsync();
        detail!.Batch!.Status.ShouldBe(PayoutBatchStatus.Done);
        var payments = await finance.Api.App.Payments.GetAsync(r => r.QueryParameters.BatchId = id);
        // The batch also holds the demo data's approved awards; ours is paid once.
        var payment = payments!.Items!.Where(p => p.AwardId == claim.AwardId).ShouldHaveSingleItem();
        payment.Status.ShouldBe(PaymentStatus.Paid);

        var reconciliation = await finance.Api.App.Reconciliations.PostAsync(new RunReconciliationDto { Date = payment.ValueDate });
        // The treasury's statement of the day and our ledger agree, and the day holds our payment.
        reconciliation!.Differences.ShouldBeEmpty();
        reconciliation.Reconciliation!.GatewayCount.ShouldBe(reconciliation.Reconciliation.LedgerCount);
        reconciliation.Reconciliation.LedgerCount.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(1);
        reconciliation.Reconciliation.LedgerTotal.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(claim.Amount!.Value);
    }

    /// <summary>A refused step fails the test with what the API said (status, code, title, fields), not just the exception's type.</summary>
    private static async Task Explained(Func<Task> walk)
    {
        try { await walk(); }
        catch (ProblemDetails problem)
        {
            var fields = problem.Errors?.AdditionalData.Select(e => $"{e.Key}: {e.Value}") ?? [];
            throw new ShouldAssertException($"{problem.ResponseStatusCode} {problem.Code} {problem.Title} {string.Join("; ", fields)}", problem);
        }
    }

    private DateTime Today() => TimeZoneInfo.ConvertTime(host.Clock.GetUtcNow(), Chongqing).Date;
}
