using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Web.Tests.Authorization.Expectations;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.BadInput;

/// <summary>S-D for the catalog endpoints: malformed input is a 400 naming the field, never a 500, and writes nothing.</summary>
public sealed class CatalogBadInput_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private const string Batches = "/api/app/catalog-batches";
    private const string Apps = "/api/app/catalog-applications";
    private const string Mun = RobotPlanTestData.MunicipalReviewer;
    private const string A = RobotPlanTestData.EnterpriseAUser;
    private static readonly string NoFile = $"{Apps}/{Guid.Empty}";

    private static string Batch(string overrides)
    {
        var body = JsonSerializer.SerializeToNode(CatalogFiles.NewBatch("坏输入批次"))!.AsObject();
        foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(overrides)!)
            body[key] = System.Text.Json.Nodes.JsonNode.Parse(value.GetRawText());
        return body.ToJsonString();
    }

    public static TheoryData<BadInputCase> Cases() =>
    [
        new("batch not JSON", "POST", Batches, Mun, "{ nope", "$"),
        new("batch unknown catalog", "POST", Batches, Mun, Batch("""{ "catalog": "Bogus" }"""), "catalog"),
        new("batch catalog out of range", "POST", Batches, Mun, Batch("""{ "catalog": 42 }"""), "catalog"),
        new("batch missing window", "POST", Batches, Mun, Batch("""{ "opensAt": null }"""), "opensAt"),
        new("batch date not a date", "POST", Batches, Mun, Batch("""{ "closesAt": "tomorrow" }"""), "closesAt"),
        new("batch rubric not totalling 100", "POST", Batches, Mun, Batch("""{ "rubric": [ { "name": "技术", "weight": 99 } ] }"""), "rubric"),
        new("batch empty rubric", "POST", Batches, Mun, Batch("""{ "rubric": [] }"""), "rubric"),
        new("batch window reversed", "POST", Batches, Mun, Batch("""{ "closesAt": "2020-01-01T00:00:00" }"""), "closesAt"),
        new("batch pass mark too high", "POST", Batches, Mun, Batch("""{ "passMark": 101 }"""), "passMark"),
        new("batch huge title", "POST", Batches, Mun, Batch($$"""{ "title": "{{new string('批', 500)}}" }"""), "title"),
        new("batch paging beyond cap", "GET", Batches + "?maxResultCount=100000", Mun, "", "maxResultCount"),
        new("application not JSON", "POST", Apps, A, "{ nope", "$"),
        new("application batch not a guid", "POST", Apps, A, """{ "batchId": "x", "productId": null }""", "batchId"),
        new("application missing product", "POST", Apps, A, $$"""{ "batchId": "{{Guid.Empty}}" }""", "productId"),
        new("application negative price", "POST", Apps, A,
            $$"""{ "batchId": "{{Guid.Empty}}", "productId": "{{Guid.Empty}}", "keyProcurement": { "price": -1, "annualCapacity": 1, "afterSalesService": "x" } }""",
            "keyProcurement.price"),
        new("application unknown status filter", "GET", Apps + "?status=Bogus", A, "", "status"),
        new("submit without stamp", "POST", NoFile + "/submit", A, "{}", "concurrencyStamp"),
        new("withdraw stamp not a string", "POST", NoFile + "/withdraw", A, """{ "concurrencyStamp": 5 }""", "concurrencyStamp"),
        new("district approve without stamp", "POST", NoFile + "/district-approve", RobotPlanTestData.DistrictReviewerOfA, "{}", "concurrencyStamp"),
        new("formal approve huge comment", "POST", NoFile + "/formal-approve", Mun,
            $$"""{ "concurrencyStamp": "x", "comment": "{{new string('意', 2000)}}" }""", "comment"),
        new("return without reason", "POST", NoFile + "/return", Mun, """{ "concurrencyStamp": "x" }""", "reason"),
        new("reject blank reason", "POST", NoFile + "/reject", Mun, """{ "concurrencyStamp": "x", "reason": "" }""", "reason"),
        new("attachment inline not a bool", "GET", $"{NoFile}/attachments/{Guid.Empty}?inline=maybe", Mun, "", "inline"),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_Answer_400_Naming_The_Field_And_Change_Nothing(BadInputCase bad)
    {
        var before = await CountsAsync();
        var client = await factory.ClientForAsync(bad.User);
        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Url) { Content = bad.Method == "GET" ? null : bad.Content };

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldContain(name => name.Equals(bad.Field, StringComparison.OrdinalIgnoreCase)
            || (bad.Field == "$" && name.StartsWith('$')), $"errors: {errors}");
        (await CountsAsync()).ShouldBe(before);
    }

    private Task<(int Batches, int Applications)> CountsAsync() =>
        factory.WithDbAsync(async db => (await db.CatalogBatches.CountAsync(), await db.CatalogApplications.CountAsync()));
}
