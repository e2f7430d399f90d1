using RobotPlan.TestReports;

namespace RobotPlan.Data;

/// <summary>
/// Demo products of the demo enterprises, each with a Valid test report (a small generated PDF) from the first
/// seeded testing body; the first product also gets a brochure. Development only; adds what is missing.
/// </summary>
public sealed class DemoProductsSeedContributor(
    IEnterpriseRepository enterprises,
    IProductRepository products,
    ITestReportRepository reports,
    ProductManager productManager,
    TestReportManager reportManager,
    IReferenceDataRepository referenceData,
    FileStore fileStore,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IDataSeedContributor
{
    public int Order => 110;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (!context.IncludeDemoData) return;
        var testingBody = (await referenceData.GetTestingBodiesAsync(ct)).First(b => b.Name == ReferenceDataSeedContributor.NationalRobotTestingCentre);
        var today = clock.Today();
        var (items, makers) = context.IncludeDemoActivity
            ? (DemoProducts.All.Concat(DemoCatalogMakers.Products), DemoUsers.Enterprises.Concat(DemoCatalogMakers.Enterprises))
            : (DemoProducts.All, DemoUsers.Enterprises);
        foreach (var item in items)
        {
            var uscc = makers.Single(e => e.User == item.EnterpriseUser).Uscc;
            var enterprise = await enterprises.FindByUsccAsync(uscc, ct);
            if (enterprise is null) continue;
            var product = await products.FindByModelAsync(enterprise.Id, item.Model, ct);
            if (product is null)
            {
                product = await productManager.CreateAsync(enterprise.Id, item.Name, item.Model, item.CategoryCode, item.Description, ct);
                product.ReplaceSpecifications(item.Specifications);
                if (item == DemoProducts.All[0])
                    product.AttachBrochure((await fileStore.SaveDemoPdfAsync($"{item.Model} brochure", enterprise.Id, ct, $"{item.Model}-brochure.pdf")).Id);
            }
            if (!await reports.NumberExistsAsync(testingBody.Id, item.ReportNumber, ct))
            {
                var file = await fileStore.SaveDemoPdfAsync($"Test report {item.ReportNumber} {item.Model}", enterprise.Id, ct, $"{item.ReportNumber}.pdf");
                await reportManager.IssueAsync(product, testingBody.Id, item.ReportNumber, item.Conclusion, today.AddDays(-30),
                    today.AddYears(2), file, ct);
            }
            await unitOfWork.SaveChangesAsync(ct);
        }
    }
}
