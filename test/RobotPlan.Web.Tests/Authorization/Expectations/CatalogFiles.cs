using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using RobotPlan.CatalogBatches;
using RobotPlan.Timing;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

/// <summary>Builds catalog batches and files of A over HTTP, each fresh, so every actor's status is independent of the others.</summary>
internal static class CatalogFiles
{
    // The file the current request's URL was built for, so its body can carry that file's concurrency stamp.
    private static readonly ConditionalWeakTable<MatrixContext, FileRef> Last = new();

    public sealed record FileRef(Guid Id, string ConcurrencyStamp);

    public static FileRef LastFile(MatrixContext c) => Last.TryGetValue(c, out var f) ? f : throw new InvalidOperationException("No file yet");

    public static object NewBatch(string title, string catalog = "KeyProcurement")
    {
        var now = CatalogBatchMapper.ToLocal(DateTime.UtcNow);
        return new
        {
            catalog, year = now.Year, title, opensAt = now.AddDays(-1), closesAt = now.AddDays(30), revisionDeadline = now.AddDays(60),
            rubric = new[] { new { name = "技术先进性", weight = 60 }, new { name = "市场前景", weight = 40 } },
        };
    }

    public static async Task<Guid> BatchAsync(MatrixContext c)
    {
        var client = await c.ClientAsync(Actor.Municipal);
        var response = await client.PostAsJsonAsync("/api/app/catalog-batches", NewBatch(c.Unique("矩阵批次")));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<IdOnly>())!.Id;
    }

    /// <summary>A key-procurement draft of a new product of A, with its required attachments.</summary>
    public static async Task<FileRef> DraftAsync(MatrixContext c)
    {
        var batchId = await BatchAsync(c);
        var client = await c.ClientAsync(Actor.EnterpriseA);
        var product = await client.PostAsJsonAsync("/api/app/products", ProductExpectations.NewProduct(c.Unique("MX-CAT-" + Guid.NewGuid().ToString("N")[..6])));
        product.EnsureSuccessStatusCode();
        var productId = (await product.Content.ReadFromJsonAsync<IdOnly>())!.Id;
        var draft = await client.PostAsJsonAsync("/api/app/catalog-applications", new
        {
            batchId, productId, keyProcurement = new { price = 98000, annualCapacity = 100, afterSalesService = "渝北区服务站" },
        });
        draft.EnsureSuccessStatusCode();
        var id = (await draft.Content.ReadFromJsonAsync<IdOnly>())!.Id;
        FileRef file = new(id, "");
        foreach (var kind in new[] { "ApplicationForm", "AfterSalesCommitment" })
        {
            var form = Multipart.File(Multipart.Pdf, "附件.pdf");
            form.Add(new StringContent(kind), "kind");
            var attached = await client.PostAsync($"/api/app/catalog-applications/{id}/attachments", form);
            attached.EnsureSuccessStatusCode();
            file = (await attached.Content.ReadFromJsonAsync<FileRef>())!;
        }
        return Remember(c, file);
    }

    public static async Task<FileRef> SubmittedAsync(MatrixContext c)
    {
        var draft = await DraftAsync(c);
        var client = await c.ClientAsync(Actor.EnterpriseA);
        var response = await client.PostAsJsonAsync($"/api/app/catalog-applications/{draft.Id}/submit", new { draft.ConcurrencyStamp });
        response.EnsureSuccessStatusCode();
        return Remember(c, (await response.Content.ReadFromJsonAsync<FileRef>())!);
    }

    public static async Task<FileRef> InMunicipalReviewAsync(MatrixContext c)
    {
        var file = await SubmittedAsync(c);
        var client = await c.ClientAsync(Actor.DistrictOfA);
        var response = await client.PostAsJsonAsync($"/api/app/catalog-applications/{file.Id}/district-approve", new { file.ConcurrencyStamp });
        response.EnsureSuccessStatusCode();
        return Remember(c, (await response.Content.ReadFromJsonAsync<FileRef>())!);
    }

    private static FileRef Remember(MatrixContext c, FileRef file)
    {
        Last.AddOrUpdate(c, file);
        return file;
    }
}
