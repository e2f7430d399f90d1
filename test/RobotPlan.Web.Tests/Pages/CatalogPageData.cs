using System.Net.Http.Json;
using RobotPlan.Web.Tests.Authorization.Expectations;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Pages;

/// <summary>Batches and files for the catalog page tests, made over the API so each test starts from its own fresh file.</summary>
internal static class CatalogPageData
{
    public sealed record FileRef(Guid Id, string ConcurrencyStamp);

    public static async Task<Guid> OpenBatchAsync(RobotPlanWebFactory factory, string title, string catalog = "KeyProcurement")
    {
        var municipal = await factory.ClientForAsync(RobotPlanTestData.MunicipalReviewer);
        var response = await municipal.PostAsJsonAsync("/api/app/catalog-batches", CatalogFiles.NewBatch(title, catalog));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<IdOnly>())!.Id;
    }

    /// <summary>A new product of enterprise A (one open file per product and catalog, so every test needs its own).</summary>
    public static async Task<Guid> ProductOfAAsync(RobotPlanWebFactory factory, string model)
    {
        var enterprise = await factory.ClientForAsync(RobotPlanTestData.EnterpriseAUser);
        var response = await enterprise.PostAsJsonAsync("/api/app/products", ProductExpectations.NewProduct(model));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<IdOnly>())!.Id;
    }

    /// <summary>A key-procurement draft of enterprise A, with its required attachments unless told otherwise.</summary>
    public static async Task<FileRef> DraftAsync(RobotPlanWebFactory factory, Guid batchId, string model, bool withAttachments = true)
    {
        var productId = await ProductOfAAsync(factory, model);
        var enterprise = await factory.ClientForAsync(RobotPlanTestData.EnterpriseAUser);
        var draft = await enterprise.PostAsJsonAsync("/api/app/catalog-applications", new
        {
            batchId, productId, keyProcurement = new { price = 98000, annualCapacity = 100, afterSalesService = "渝北区服务站" },
        });
        draft.EnsureSuccessStatusCode();
        var file = (await draft.Content.ReadFromJsonAsync<FileRef>())!;
        foreach (var kind in withAttachments ? new[] { "ApplicationForm", "AfterSalesCommitment" } : [])
        {
            var form = Multipart.File(Multipart.Pdf, "附件.pdf");
            form.Add(new StringContent(kind), "kind");
            var attached = await enterprise.PostAsync($"/api/app/catalog-applications/{file.Id}/attachments", form);
            attached.EnsureSuccessStatusCode();
            file = (await attached.Content.ReadFromJsonAsync<FileRef>())!;
        }
        return file;
    }

    public static async Task<FileRef> SubmittedAsync(RobotPlanWebFactory factory, Guid batchId, string model)
    {
        var draft = await DraftAsync(factory, batchId, model);
        var enterprise = await factory.ClientForAsync(RobotPlanTestData.EnterpriseAUser);
        var response = await enterprise.PostAsJsonAsync($"/api/app/catalog-applications/{draft.Id}/submit", new { draft.ConcurrencyStamp });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<FileRef>())!;
    }
}
