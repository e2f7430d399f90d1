using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.CatalogListings;
using RobotPlan.Files;
using RobotPlan.Products;
using RobotPlan.TestReports;
using RobotPlan.Timing;

namespace RobotPlan.Application.Tests.CatalogApplications;

/// <summary>Builds batches, products and files through the app services, with windows relative to the fake clock.</summary>
internal sealed class CatalogScenario(RobotPlanTestHost host)
{
    public Task<T> Batches<T>(Func<ICatalogBatchAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<ICatalogBatchAppService>()));

    public Task<T> Applications<T>(Func<ICatalogApplicationAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<ICatalogApplicationAppService>()));

    private DateTime LocalNow => CatalogBatchMapper.ToLocal(host.Clock.GetUtcNow().UtcDateTime);

    public async Task<CatalogBatchDto> BatchAsync(CatalogKind catalog, TimeSpan? opensIn = null, TimeSpan? closesIn = null)
    {
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        return await Batches(s => s.CreateAsync(new CreateCatalogBatchDto
        {
            Catalog = catalog, Year = 2025, Title = "测试批次",
            OpensAt = LocalNow + (opensIn ?? TimeSpan.FromDays(-1)), ClosesAt = LocalNow + (closesIn ?? TimeSpan.FromDays(20)),
            RevisionDeadline = LocalNow + TimeSpan.FromDays(40),
            Rubric = [new() { Name = "技术先进性", Weight = 60 }, new() { Name = "市场前景", Weight = 40 }],
        }));
    }

    /// <summary>A new product of enterprise A (a fresh one per test: R-12 allows one open file per product).</summary>
    public async Task<ProductDto> ProductAsync()
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        return await host.WithScopeAsync(sp => sp.GetRequiredService<IProductAppService>().CreateAsync(new CreateProductDto
        {
            Name = "协作机器人", Model = "T-" + Guid.NewGuid().ToString("N")[..8], CategoryCode = "IR-WELD",
        }));
    }

    public static FirstUnitFormDto FirstUnitForm() => new()
    {
        Indicators = [new() { Name = "重复定位精度", Value = "±0.02 mm", DomesticLevel = TechnologyLevel.Leading }],
        FirstSaleContractNumber = "HT-2025-001", FirstSaleDate = new DateOnly(2025, 8, 1),
        Patents = [new() { Number = "ZL202310000001.2", Title = "一种关节模组" }], KeyPartLocalisationRate = 85.5m,
    };

    public static KeyProcurementFormDto KeyProcurementForm() => new() { Price = 198000.005m, AnnualCapacity = 500, AfterSalesService = "两江新区服务站，4 小时响应" };

    public async Task<CatalogApplicationDto> DraftAsync(CatalogBatchDto batch, ProductDto product)
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        return await Applications(s => s.CreateAsync(new CreateCatalogApplicationDto
        {
            BatchId = batch.Id, ProductId = product.Id,
            FirstUnit = batch.Catalog == CatalogKind.FirstUnit ? FirstUnitForm() : null,
            KeyProcurement = batch.Catalog == CatalogKind.KeyProcurement ? KeyProcurementForm() : null,
        }));
    }

    public async Task<CatalogApplicationDto> AttachRequiredAsync(CatalogApplicationDto draft)
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        foreach (var kind in CatalogEligibilityChecker.RequiredAttachments(draft.Catalog))
            draft = await Applications(s => s.AddAttachmentAsync(draft.Id, kind, Pdf()));
        return draft;
    }

    public async Task IssueReportAsync(ProductDto product)
    {
        await host.LoginAsAsync(RobotPlanTestData.TestingBodyUser);
        var today = host.Clock.Today();
        await host.WithScopeAsync(sp => sp.GetRequiredService<ITestReportAppService>().IssueAsync(new IssueTestReportDto
        {
            Uscc = RobotPlanTestData.EnterpriseAUscc, Model = product.Model, Number = "R-" + product.Model, Conclusion = "合格",
            IssuedOn = today.AddDays(-10), ExpiresOn = today.AddYears(2),
        }, TestPdf.UniqueUpload()));
    }

    /// <summary>An eligible, submitted first-unit file of enterprise A.</summary>
    public async Task<CatalogApplicationDto> SubmittedAsync(CatalogKind catalog = CatalogKind.FirstUnit)
    {
        var batch = await BatchAsync(catalog);
        var product = await ProductAsync();
        if (catalog == CatalogKind.FirstUnit) await IssueReportAsync(product);
        var draft = await AttachRequiredAsync(await DraftAsync(batch, product));
        return await Applications(s => s.SubmitAsync(draft.Id, new CatalogTransitionDto { ConcurrencyStamp = draft.ConcurrencyStamp }));
    }

    public static FileUpload Pdf()
    {
        var bytes = MinimalPdf.Create("attachment");
        return new FileUpload(new MemoryStream(bytes), "附件.pdf", bytes.Length);
    }
}
